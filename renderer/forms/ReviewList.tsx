import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.js';

export type ReviewRow = {
  readonly key: string;
  readonly label: string;
  /** As shown: personal numbers masked. */
  readonly shown: string;
  /** As spoken on arrival (data-announce): personal numbers as their last 4 digits. */
  readonly spoken: string;
  /** The question to go back to, when the answer can be changed. */
  readonly change?: string;
};

/** "Check your answers" (GOV.UK): each answer with a change button, read out when the page opens. */
export function ReviewList({ rows, onChange }: { rows: readonly ReviewRow[]; onChange: (step: string) => void }) {
  const { t } = useTranslation();
  return (
    <dl className="detail-list">
      {rows.map((row) => (
        <div key={row.key} className="detail-row review-row" data-announce={t('common.labelValue', { label: row.label, value: row.spoken })}>
          <dt>{row.label}</dt>
          <dd data-testid={`review-${row.key}`}>{row.shown}</dd>
          {row.change !== undefined && (
            <dd>
              <Button onPress={() => onChange(row.change ?? '')}>{t('interest.review.change', { field: row.label })}</Button>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
