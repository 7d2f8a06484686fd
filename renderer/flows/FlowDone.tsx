import { useTranslation } from 'react-i18next';
import type { ChannelName } from '../../shared/contract/channels.js';
import { useVisitMemory } from '../session/visitMemory.js';
import type { FlowReview } from './flowDefinition.js';

/** The confirmation of a submitted flow, from the receipt kept for the visit. */
export function FlowDone<S extends string, C extends ChannelName, R>({ review }: { review: FlowReview<S, C, R> }) {
  const { t } = useTranslation();
  const [receipt] = useVisitMemory(review.receipt.slot, review.receipt.id);
  // Only reachable after a submit stored the receipt; without one the route was built by mistake.
  return receipt === null ? <p role="alert">{t('errors.internal')}</p> : <>{review.done(receipt)}</>;
}
