import type { Result } from '../../shared/result.js';

// A station's 二代身份证 reader (GB 11643 number plus the name printed on the card's chip).
// The handlers only see this interface: a real reader (a vendor's serial/USB SDK) implements the same
// two members and is chosen in the composition root (createKioskHost); tests and stations without a
// reader use the simulated one. The reading is personal data: adapters must neither log nor keep it.

export type IdCardReading = {
  name: string;
  idNumber: string;
};

export type IdCardReadError = 'no_card' | 'unavailable' | 'unreadable';

export type IdCardReader = {
  /** Which adapter this is, for the status and the logs (e.g. "simulated", "serial-sdk"). */
  readonly kind: string;
  /** Waits up to timeoutMs for a card on the reader; expected failures are values, never rejections. */
  read(timeoutMs: number): Promise<Result<IdCardReading, IdCardReadError>>;
};
