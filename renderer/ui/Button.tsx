import type { ReactNode } from 'react';

type ButtonProps = {
  readonly children: ReactNode;
  readonly onPress: () => void;
  readonly variant?: 'primary' | 'secondary';
  readonly className?: string;
  readonly ariaLabel?: string;
  readonly lang?: string;
  /** The digit key that picks this option (ADA 707.6: digits for numbered options). */
  readonly optionNumber?: number;
};

/** The one button: at least 60×60 CSS px (WCAG 2.5.5), visible focus, a real <button>. */
export function Button({ children, onPress, variant = 'secondary', className, ariaLabel, lang, optionNumber }: ButtonProps) {
  const classes = ['button', variant === 'primary' ? 'button-primary' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type="button" className={classes} onClick={onPress} aria-label={ariaLabel} lang={lang} data-option-number={optionNumber}>
      {children}
    </button>
  );
}
