let programmaticActivation = false;

/**
 * Activates an item the way a tap would, marking the click as ours so touch exploration
 * (which holds back single taps in audio mode) lets it through.
 */
export function activate(element: HTMLElement): void {
  programmaticActivation = true;
  try {
    element.click();
  } finally {
    programmaticActivation = false;
  }
}

export function isProgrammaticActivation(): boolean {
  return programmaticActivation;
}
