import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelName } from '../../shared/contract/channels.js';
import { fieldErrorsOf, type FieldError } from '../../shared/errors.js';
import { ErrorSummary } from '../forms/ErrorSummary.js';
import { kioskApi } from '../kiosk.js';
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
 * "Check your answers" (GOV.UK), masked on screen and in speech, then one submit. While the answers are on
 * their way the button is busy and further presses do nothing, so a double press (or a keypad double strike
 * the filter let through) cannot store the same submission twice.
 */
export function FlowReviewPage<S extends string, C extends ChannelName, R>({ review, onChange, onSubmitted }: FlowReviewPageProps<S, C, R>) {
  const { t } = useTranslation();
  const { visitId } = useSession();
  const [, setReceipt] = useVisitMemory(review.receipt.slot, review.receipt.id);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  // A ref, not only state: two presses in one frame both see the state from before the first.
  const inFlight = useRef(false);

  const submit = async (): Promise<void> => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    const { channel, input, receipt } = review.submit;
    const result = await kioskApi().invoke(channel, input((await visitId()) ?? null));
    inFlight.current = false;
    setSending(false);
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
      <div className="pager" aria-busy={sending}>
        <Button variant="primary" onPress={() => void submit()}>
          {t('interest.review.submit')}
        </Button>
      </div>
    </>
  );
}
