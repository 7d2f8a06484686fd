import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A labelled search field with its button, and room for a filters button beside it. */
export function SearchBar({ label, initial, onSearch, children }: { label: string; initial: string; onSearch: (text: string) => void; children?: ReactNode }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  return (
    <form
      className="search-row"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <label htmlFor="search-text" className="field-label">
        {label}
      </label>
      <div className="search-controls">
        <input id="search-text" className="text-input" type="search" maxLength={50} value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="button button-primary">
          {t('jobs.searchButton')}
        </button>
        {children}
      </div>
    </form>
  );
}
