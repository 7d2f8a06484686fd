// The staff PIN (issue #8): typed on the numeric pad, so digits only, and long enough that the
// lock-out after 5 wrong tries leaves guessing hopeless (10^6 PINs, 5 tries per growing delay).
export const PIN_LENGTH = 6;

export const pinProblems = ['wrong_length', 'not_digits', 'too_simple'] as const;
export type PinProblem = (typeof pinProblems)[number];

/** undefined when the PIN may be used; otherwise why not (each has its own message, staff.errors.pin.*). */
export function checkPin(pin: string): PinProblem | undefined {
  if (!/^\d*$/.test(pin)) return 'not_digits';
  if (pin.length !== PIN_LENGTH) return 'wrong_length';
  return isGuessable(pin) ? 'too_simple' : undefined;
}

/** All one digit (000000) or a run up or down (123456, 987654): the first PINs anyone would try. */
function isGuessable(pin: string): boolean {
  const digits = Array.from(pin, Number);
  const steps = new Set(digits.slice(1).map((digit, index) => digit - (digits[index] ?? 0)));
  return steps.size === 1 && [0, 1, -1].some((step) => steps.has(step));
}
