import type { ScreenId } from '../../shared/contract/appSchemas.js';

/** Screens that need nothing but their name. */
type PlainScreen = Exclude<
  ScreenId,
  'job_detail' | 'job_interest' | 'course_detail' | 'training_signup' | 'policy_detail' | 'eligibility_check' | 'status_lookup' | 'policy_inquiry'
>;

/** Where a resident is inside a flow (renderer/flows): the step, and whether they came from the review to change an answer. */
export type FlowPosition = { readonly step: string; readonly changing?: boolean };

/**
 * Where the resident is: a screen with exactly the ids it needs (issue #14), so a job's page cannot be opened
 * without its job, and a flow always knows its step.
 */
export type Route =
  | { readonly screen: PlainScreen }
  | { readonly screen: 'job_detail'; readonly jobId: string }
  | ({ readonly screen: 'job_interest'; readonly jobId: string } & FlowPosition)
  | { readonly screen: 'course_detail'; readonly courseId: string }
  | ({ readonly screen: 'training_signup'; readonly courseId: string; readonly sessionId: string } & FlowPosition)
  | { readonly screen: 'policy_detail'; readonly policyId: string }
  | ({ readonly screen: 'policy_inquiry'; readonly policyId: string } & FlowPosition)
  | ({ readonly screen: 'eligibility_check' } & FlowPosition)
  | ({ readonly screen: 'status_lookup' } & FlowPosition);

// The screen state machine: a stack, so Back always returns to where the resident came from,
// one question at a time inside forms (GOV.UK "one question per page").
export type NavigationState = { readonly stack: readonly Route[] };
export type NavigationAction =
  | ({ readonly type: 'go' } & Route)
  | { readonly type: 'replace'; readonly route: Route }
  | { readonly type: 'back' }
  | { readonly type: 'home' };

export const initialNavigation: NavigationState = { stack: [{ screen: 'home' }] };

/** Two routes are the same place when every field matches (a repeated press must not stack the screen twice). */
function sameRoute(a: Route, b: Route): boolean {
  const fields = (route: Route): string => JSON.stringify(Object.entries(route).sort(([x], [y]) => x.localeCompare(y)));
  return fields(a) === fields(b);
}

export function navigationReducer(state: NavigationState, action: NavigationAction): NavigationState {
  switch (action.type) {
    case 'go': {
      const { type: _type, ...route } = action;
      return sameRoute(currentRoute(state), route) ? state : { stack: [...state.stack, route] };
    }
    case 'replace':
      return { stack: [...state.stack.slice(0, -1), action.route] };
    case 'back':
      return state.stack.length > 1 ? { stack: state.stack.slice(0, -1) } : state;
    case 'home':
      return initialNavigation;
  }
}

export function currentRoute(state: NavigationState): Route {
  return state.stack[state.stack.length - 1] ?? { screen: 'home' };
}
