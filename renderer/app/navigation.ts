import type { ScreenId } from '../../shared/contract/appSchemas.js';

// The screen state machine: a stack, so Back always returns to where the resident came from.
export type NavigationState = { readonly stack: readonly ScreenId[] };
export type NavigationAction =
  | { readonly type: 'go'; readonly screen: ScreenId }
  | { readonly type: 'back' }
  | { readonly type: 'home' };

export const initialNavigation: NavigationState = { stack: ['home'] };

export function navigationReducer(state: NavigationState, action: NavigationAction): NavigationState {
  switch (action.type) {
    case 'go':
      return currentScreen(state) === action.screen ? state : { stack: [...state.stack, action.screen] };
    case 'back':
      return state.stack.length > 1 ? { stack: state.stack.slice(0, -1) } : state;
    case 'home':
      return initialNavigation;
  }
}

export function currentScreen(state: NavigationState): ScreenId {
  return state.stack[state.stack.length - 1] ?? 'home';
}
