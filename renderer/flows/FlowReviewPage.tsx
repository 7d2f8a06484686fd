import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelName } from '../../shared/contract/channels.js';
import { fieldErrorsOf, type FieldError } from '../../shared/errors.js';
import { ErrorSummary } from '../forms/ErrorSummary.js';
import { useHostMutation } from '../host/useHostMutation.js';
import { useSession } from '../session/sessionContext.js';
import { useVisitMemory } from '../session/visitMemory.js';
import { Button } from '../ui/Button.js';
import { ScreenHeading } from '../ui/ScreenHeading.js';
import type { FlowReview } from './flowDefinition.js';
import { ReviewList } from './ReviewList.js';

type FlowReviewPageProps<S extends string, C extends ChannelName, R> = {
  readonly review: FlowReview<S, C, R>;
  readonly onChange: (step: S) => void;
  readonly onSubmitted: () => void;
};

/**
 * "Check your answers" (GOV.UK), masked on screen and in speech, then one submit through the flow's channel.
 */
export function FlowReviewPage<S extends string, C extends ChannelName, R>({ review, onChange, onSubmitted }: FlowReviewPageProps<S, C, R>) {
  const { t } = useTranslation();
  const { visitId } = useSession();
  const [, setReceipt] = useVisitMemory(review.receipt.slot, review.receipt.id);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { channel, input, receipt } = review.submit;
  // Busy while the answers are on their way; a second press meanwhile sends nothing (useHostMutation).
  const mutation = useHostMutation(channel);

  const submit = async (): Promise<void> => {
    const result = await mutation.send(input((await visitId()) ?? null));
    if (result === undefined) return;
    if (!result.ok) {
      setErrors(fieldErrorsOf(result.error));
      return;
    }
    setReceipt(receipt(result.value));
    onSubmitted();
  };

  return (
    <>
      <ScreenHeading>{review.title}</ScreenHeading>
      <p className="screen-purpose">{review.purpose}</p>
      <ErrorSummary errors={errors} />
      <ReviewList rows={review.rows} onChange={onChange} />
      <div className="pager" aria-busy={mutation.busy}>
        <Button variant="primary" onPress={() => void submit()}>
          {t('interest.review.submit')}
        </Button>
      </div>
    </>
  );
}
