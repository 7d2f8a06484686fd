import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.js';

/** One answer on a "check your answers" page; `S` is the flow's step names, so a change button can only go to a real step. */
export type ReviewRow<S extends string> = {
  readonly key: string;
  readonly label: string;
  /** As shown: personal numbers masked. */
  readonly shown: string;
  /** As spoken on arrival (data-announce): personal numbers as their last 4 digits. */
  readonly spoken: string;
  /** The question to go back to, when the answer can be changed. */
  readonly change?: S;
};

/** "Check your answers" (GOV.UK): each answer with a change button, read out when the page opens. */
export function ReviewList<S extends string>({ rows, onChange }: { rows: readonly ReviewRow<S>[]; onChange: (step: S) => void }) {
  const { t } = useTranslation();
  return (
    <dl className="detail-list">
      {rows.map((row) => {
        const change = row.change;
        return (
          <div key={row.key} className="detail-row review-row" data-announce={t('common.labelValue', { label: row.label, value: row.spoken })}>
            <dt>{row.label}</dt>
            <dd data-testid={`review-${row.key}`}>{row.shown}</dd>
            {change !== undefined && (
              <dd>
                <Button onPress={() => onChange(change)}>{t('interest.review.change', { field: row.label })}</Button>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
