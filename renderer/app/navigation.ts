import type { ScreenId } from '../../shared/contract/appSchemas.js';

/** Where the resident is: a screen, and for the job screens which job and which question. */
export type Route = {
  readonly screen: ScreenId;
  readonly jobId?: string;
  readonly courseId?: string;
  readonly sessionId?: string;
  readonly policyId?: string;
  readonly step?: string;
};

// The screen state machine: a stack, so Back always returns to where the resident came from,
// one question at a time inside forms (GOV.UK "one question per page").
export type NavigationState = { readonly stack: readonly Route[] };
export type NavigationAction =
  | ({ readonly type: 'go' } & Route)
  | { readonly type: 'replace'; readonly route: Route }
  | { readonly type: 'back' }
  | { readonly type: 'home' };

export const initialNavigation: NavigationState = { stack: [{ screen: 'home' }] };

function sameRoute(a: Route, b: Route): boolean {
  return a.screen === b.screen && a.jobId === b.jobId && a.courseId === b.courseId && a.sessionId === b.sessionId && a.policyId === b.policyId && a.step === b.step;
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

export function currentScreen(state: NavigationState): ScreenId {
  return currentRoute(state).screen;
}
