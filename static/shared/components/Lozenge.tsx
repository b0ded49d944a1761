import './Lozenge.css';

/** The colours of Atlassian's lozenge; the text always says what the colour means. */
export type LozengeAppearance = 'default' | 'success' | 'removed' | 'inprogress' | 'new' | 'moved';

/** A short status label: colour and text, never colour alone. */
export function Lozenge({
  appearance = 'default',
  children,
}: {
  appearance?: LozengeAppearance;
  children: string;
}) {
  return <span className={`lozenge lozenge--${appearance}`}>{children}</span>;
}
