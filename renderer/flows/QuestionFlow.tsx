import { useTranslation } from 'react-i18next';
import type { ChannelName } from '../../shared/contract/channels.js';
import { useSession } from '../session/sessionContext.js';
import { isStepOf, type FlowDefinition, type FlowRoute, type FlowTarget, type StepControls } from './flowDefinition.js';
import { FlowDone } from './FlowDone.js';
import { FlowReviewPage } from './FlowReviewPage.js';

type QuestionFlowProps<S extends string, C extends ChannelName, R> = {
  readonly flow: FlowDefinition<S, C, R>;
  /** The route the flow is at: its step and changing mode, and the ids the flow is about. */
  readonly at: FlowRoute;
  readonly context: string | undefined;
};

/**
 * Runs a declared flow (issue #14), one question per page (GOV.UK; ACCESSIBILITY.md "Cognitive"). Each step is
 * a route, so Back returns to the previous question; a change from the review comes back to the review; the
 * submit replaces the review with the confirmation, so Back cannot send the same answers twice.
 */
export function QuestionFlow<S extends string, C extends ChannelName, R>({ flow, at, context }: QuestionFlowProps<S, C, R>) {
  const { t } = useTranslation();
  const { navigate } = useSession();
  const changing = at.changing === true;
  const goTo = (step: FlowTarget<S>, keepChanging: boolean): void =>
    navigate({ type: 'go', ...at, step, changing: keepChanging && step !== 'review' });

  if (isStepOf(flow.steps, at.step)) {
    const step = flow.steps[at.step];
    const controls: StepControls<S> = {
      context,
      done: (next) => goTo(changing ? 'review' : (next ?? step.next ?? 'review'), false),
      branch: (to) => goTo(to, changing),
    };
    return <>{step.view(controls)}</>;
  }
  const review = flow.review;
  if (review !== undefined && at.step === 'review') {
    return (
      <FlowReviewPage
        review={review}
        onChange={(step) => goTo(step, true)}
        onSubmitted={() => navigate({ type: 'replace', route: { ...at, step: 'done', changing: false } })}
      />
    );
  }
  if (review !== undefined && at.step === 'done') return <FlowDone review={review} />;
  // A step name the flow does not have is a bug in a caller, never a resident's mistake.
  return <p role="alert">{t('errors.internal')}</p>;
}
