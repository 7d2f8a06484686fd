import { useEffect, useRef } from 'react';

export const SCREEN_HEADING_ID = 'screen-heading';

/**
 * Each screen's h1. Focus moves here whenever a screen opens, so keyboard and screen-reader users
 * start at the top of the new content (DESIGN.md, "Focus navigation").
 */
export function ScreenHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 id={SCREEN_HEADING_ID} className="screen-heading" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
