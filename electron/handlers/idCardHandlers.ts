import { kioskError } from '../../shared/errors.js';
import { err, ok } from '../../shared/result.js';
import type { IdCardReader } from '../devices/idCardReader.js';
import type { ChannelHandlers } from '../router/createRouter.js';

type IdCardHandlers = Pick<ChannelHandlers, 'idCard.read'>;

/** Long enough to find and place the card with one hand; the form offers typing the number instead. */
export const ID_CARD_READ_TIMEOUT_MS = 10_000;

// The reading (name and 身份证号) is personal data: it goes to the form that asked and is never logged.
export function createIdCardHandlers(reader: IdCardReader): IdCardHandlers {
  return {
    'idCard.read': async () => {
      const reading = await reader.read(ID_CARD_READ_TIMEOUT_MS);
      if (reading.ok) return ok({ name: reading.value.name, idNumber: reading.value.idNumber });
      switch (reading.error) {
        case 'no_card':
          return err(kioskError('not_found', [{ path: '', messageKey: 'errors.idCard.no_card' }]));
        case 'unreadable':
          return err(kioskError('unavailable', [{ path: '', messageKey: 'errors.idCard.unreadable' }]));
        case 'unavailable':
          return err(kioskError('unavailable', [{ path: '', messageKey: 'errors.idCard.unavailable' }]));
      }
    },
  };
}
