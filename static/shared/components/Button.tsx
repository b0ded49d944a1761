import type { ButtonHTMLAttributes } from 'react';
import './Button.css';

export type ButtonAppearance = 'default' | 'primary' | 'subtle';

/** A native button styled as Atlassian's: default, primary or subtle. */
export function Button({
  appearance = 'default',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: ButtonAppearance }) {
  return (
    <button
      type={type}
      className={`button button--${appearance}${className ? ` ${className}` : ''}`}
      {...rest}
    />
  );
}
