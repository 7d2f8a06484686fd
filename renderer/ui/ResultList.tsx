export type ResultItem = {
  readonly id: string;
  readonly title: string;
  /** Further lines under the title, as shown. */
  readonly lines: readonly string[];
  /** A marker shown under the title, e.g. "示例数据，不是真实岗位" (issue #13); spoken as part of `spoken`. */
  readonly badge?: string;
  /** The whole item in one phrase, as spoken (title, then the lines). */
  readonly spoken: string;
  /** Its place in all the results, e.g. "第3条，共25条" (spoken instead of the place on screen). */
  readonly position: string;
};

/**
 * A page of search results as large buttons, numbered so the digit keys open them (ADA 707.6),
 * each spoken as one phrase with its place in the results. Shared by the jobs and training lists.
 * The accessible name is the visible text, number included (WCAG 2.5.3 label in name); the kiosk's own
 * voice says the fuller phrase from data-announce.
 */
export function ResultList({ items, firstNumber, onOpen }: { items: readonly ResultItem[]; firstNumber: number; onOpen: (id: string) => void }) {
  return (
    <ol className="result-list" start={firstNumber}>
      {items.map((item, index) => (
        <li key={item.id}>
          <button
            type="button"
            className="button result-item"
            data-option-number={index + 1}
            data-announce={item.spoken}
            data-spoken-position={item.position}
            onClick={() => onOpen(item.id)}
          >
            <span className="result-number">{index + 1}</span>
            <span className="result-text">
              <span className="result-title">{item.title}</span>
              {item.badge !== undefined && item.badge !== '' && <span className="demo-notice">{item.badge}</span>}
              {item.lines.map((line) => (
                <span key={line}>{line}</span>
              ))}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
