import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { checkIdNumber, checkName } from '../../shared/forms/personalFields.js';
import { err, ok } from '../../shared/result.js';
import { parseJsonBody } from '../sync/parseJsonBody.js';
import type { IdCardReader } from './idCardReader.js';

// Other fields a card file may hold (address, photo) are dropped: only name and number are ever taken.
const CardFileSchema = z.object({ name: z.string().max(60), idNumber: z.string().max(18) });

/**
 * A simulated 二代身份证 reader whose card is a JSON file the station points at ({"name", "idNumber"}),
 * for trying the card path without a device: `npm start -- --simulated-id-card card.json` or
 * KIOSK_SIMULATED_ID_CARD. The file is read at each read, so staff can change the card while the kiosk
 * runs; no file means no card on the reader. Only the station can set it, never a resident channel.
 */
export function createCardFileIdCardReader(path: string, clock: () => Date = () => new Date()): IdCardReader {
  return {
    kind: 'simulated-card-file',
    async read() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        return err('no_card');
      }
      const card = parseJsonBody(text, CardFileSchema);
      if (!card.ok) return err('unreadable');
      // A real chip carries a valid number and name; a card file that does not is a faulty card.
      const name = checkName(card.value.name);
      const idNumber = checkIdNumber(card.value.idNumber, clock());
      if (!name.ok || !idNumber.ok) return err('unreadable');
      return ok({ name: name.value, idNumber: card.value.idNumber.toUpperCase() });
    },
  };
}
