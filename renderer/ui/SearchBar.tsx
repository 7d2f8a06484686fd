import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextEntry } from './TextEntry.js';

export type SearchRequest = {
  readonly text: string;
  /** Pinyin initials typed on the keypad; when not empty they are searched instead of the text. */
  readonly initials: string;
  /** Confirm was pressed in the field: the resident wants the results, so focus goes to them. */
  readonly confirmed: boolean;
};

const SEARCH_LABEL_ID = 'search-label';

/**
 * A labelled search field with its button, and room for a filters button beside it. Text comes by touch
 * keyboard or IME; on the keypad the digits are pinyin initials (保洁 = 2 5), searched as they are typed
 * so the results narrow with each key (issue #12); Confirm searches.
 */
export function SearchBar({
  label,
  initial,
  initialInitials,
  onSearch,
  children,
}: {
  label: string;
  initial: string;
  initialInitials: string;
  onSearch: (request: SearchRequest) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [initials, setInitials] = useState(initialInitials);
  return (
    <form
      className="search-row"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch({ text: draft, initials, confirmed: false });
      }}
    >
      <label htmlFor="search-text" id={SEARCH_LABEL_ID} className="field-label">
        {label}
      </label>
      <div className="search-controls">
        <TextEntry
          inputId="search-text"
          inputType="search"
          labelledBy={SEARCH_LABEL_ID}
          value={draft}
          onChange={(text) => {
            setDraft(text);
            if (initials !== '') setInitials('');
          }}
          mode="initials"
          initials={initials}
          onInitials={(keys) => {
            setInitials(keys);
            onSearch({ text: '', initials: keys, confirmed: false });
          }}
          maxLength={50}
          captureKeys="whenFocused"
          onConfirm={() => onSearch({ text: initials === '' ? draft : '', initials, confirmed: true })}
        />
        <button type="submit" className="button button-primary">
          {t('jobs.searchButton')}
        </button>
        {children}
      </div>
    </form>
  );
}
