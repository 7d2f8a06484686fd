/**
 * The "example data" notice on a seed job or course (issue #13): shown, reached with Up/Down, and said on
 * arrival (data-announce), so no resident takes an example for a real opening. Nothing for a real record.
 */
export function DemoNotice({ text }: { text: string }) {
  if (text === '') return null;
  return (
    <p className="demo-notice" role="note" data-nav-item data-announce={text} data-testid="demo-notice">
      {text}
    </p>
  );
}
