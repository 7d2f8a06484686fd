import type { ReactNode } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels.js';
import type { Route } from '../session/navigation.js';
import type { VisitSlot } from '../session/visitMemory.js';
import type { ReviewRow } from './ReviewList.js';

/** The routes of flows: each carries its step, and whether the resident came from the review to change an answer. */
export type FlowRoute = Extract<Route, { readonly step: string }>;

/** Where a question can lead: another question of the flow, or the review ("check your answers"). */
export type FlowTarget<S extends string> = S | 'review';

/** What a question's view may do with the answer it collected. */
export type StepControls<S extends string> = {
  /** The line above the question saying what it is for ("报名：保洁员"), or undefined. */
  readonly context: string | undefined;
  /**
   * Answered: go to `next` (or the step's own `next`). When the resident came from the review to change this
   * answer, go back to the review instead (GOV.UK "check answers": a change returns there).
   */
  readonly done: (next?: FlowTarget<S>) => void;
  /** The answer opens a branch (consent → category): go there, and keep changing mode so the branch ends at the review. */
  readonly branch: (to: FlowTarget<S>) => void;
};

export type FlowStep<S extends string> = {
  readonly view: (controls: StepControls<S>) => ReactNode;
  readonly next?: FlowTarget<S>;
};

/** How the review sends the answers: one contract channel, its input, and what to keep as the receipt. */
export type FlowSubmit<C extends ChannelName, R> = {
  readonly channel: C;
  readonly input: (visitId: string | null) => ChannelInput<C>;
  readonly receipt: (output: ChannelOutput<C>) => R;
};

export type FlowReview<S extends string, C extends ChannelName, R> = {
  readonly title: string;
  readonly purpose: string;
  readonly rows: readonly ReviewRow<S>[];
  readonly submit: FlowSubmit<C, R>;
  /** Where the receipt is kept for the visit, and under which id (one per job, course session, policy). */
  readonly receipt: { readonly slot: VisitSlot<R | null>; readonly id: string };
  /** The confirmation page, shown after a successful submit. */
  readonly done: (receipt: R) => ReactNode;
};

/**
 * A resident flow, declared (issue #14): its questions, where each leads, and, for flows that submit, the
 * review rows, the submit channel and the confirmation. `QuestionFlow` runs it.
 */
export type FlowDefinition<S extends string, C extends ChannelName = ChannelName, R = never> = {
  readonly steps: { readonly [K in S]: FlowStep<S> };
  readonly review?: FlowReview<S, C, R>;
};

/** Narrows a route's step to one of the flow's questions, without a cast. */
export function isStepOf<S extends string>(steps: { readonly [K in S]: unknown }, name: string): name is S {
  return Object.hasOwn(steps, name);
}
