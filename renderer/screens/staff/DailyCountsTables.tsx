import { useTranslation } from 'react-i18next';
import { submissionKinds } from '../../../shared/central/submissionKinds.js';
import { visitModes, visitOutcomes } from '../../../shared/contract/appSchemas.js';
import { serviceAreas, type DailyCounts } from '../../../shared/contract/staffSchemas.js';

type Row = { readonly key: string; readonly label: string; readonly value: number };

function CountTable({ caption, rows, testId }: { caption: string; rows: readonly Row[]; testId: string }) {
  return (
    <table className="count-table" data-testid={testId}>
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          // Each row is one keypad stop, read as "找工作 3".
          <tr key={row.key} data-nav-item data-count={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One day's counts as tables, on the dashboard and on the printed report: numbers only, no personal data. */
export function DailyCountsTables({ counts }: { counts: DailyCounts }) {
  const { t } = useTranslation();
  return (
    <div className="count-tables">
      <CountTable
        caption={t('staff.counts.visits')}
        testId="counts-visits"
        rows={[
          { key: 'total', label: t('staff.counts.visitsTotal'), value: counts.visits.total },
          ...serviceAreas.map((service) => ({ key: service, label: t(`staff.counts.service.${service}`), value: counts.visits.byService[service] })),
          { key: 'assisted', label: t('staff.counts.assisted'), value: counts.visits.assisted },
          ...visitOutcomes.map((outcome) => ({ key: outcome, label: t(`staff.counts.outcome.${outcome}`), value: counts.visits.byOutcome[outcome] })),
        ]}
      />
      <CountTable
        caption={t('staff.counts.submissions')}
        testId="counts-submissions"
        rows={[
          { key: 'total', label: t('staff.counts.submissionsTotal'), value: counts.submissions.total },
          ...submissionKinds.map((kind) => ({ key: kind, label: t(`staff.counts.kind.${kind}`), value: counts.submissions.byKind[kind] })),
          { key: 'assisted', label: t('staff.counts.assisted'), value: counts.submissions.assisted },
        ]}
      />
      <CountTable
        caption={t('staff.counts.modes')}
        testId="counts-modes"
        rows={visitModes.map((mode) => ({ key: mode, label: t(`staff.counts.mode.${mode}`), value: counts.modes[mode] }))}
      />
    </div>
  );
}
