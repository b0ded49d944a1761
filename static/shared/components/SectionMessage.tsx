import type { ReactNode } from 'react';
import './SectionMessage.css';

export type SectionMessageAppearance = 'information' | 'warning' | 'error' | 'success';

const ICON: Record<SectionMessageAppearance, string> = {
  information: 'i',
  warning: '!',
  error: '!',
  success: '✓',
};

/**
 * A boxed message about a whole section, as in Atlassian's design system. Errors and warnings
 * are announced (role="alert"); information and success are polite (role="status").
 */
export function SectionMessage({
  appearance = 'information',
  title,
  children,
}: {
  appearance?: SectionMessageAppearance;
  title?: string;
  children?: ReactNode;
}) {
  const urgent = appearance === 'error' || appearance === 'warning';
  return (
    <div
      className={`section-message section-message--${appearance}`}
      role={urgent ? 'alert' : 'status'}
    >
      <span className="section-message__icon" aria-hidden="true">
        {ICON[appearance]}
      </span>
      <div className="section-message__body">
        {title && <h2 className="section-message__title">{title}</h2>}
        {children}
      </div>
    </div>
  );
}
