/// <reference lib="dom" />
/// <reference path="../tests/e2e/support/globals.d.ts" />
// bench/keypad-path (issue #12): for each resident service finished with the keypad alone, from the idle
// home screen to the spoken reference, the keypad presses and the characters spoken. Run with
// `npm run bench:keypad-path`. Reference: before keypad text entry, a training sign-up took 87 presses
// and 1,680 spoken characters with the name typed on a keyboard; the target is fewer presses, name included.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keypadHarness, type KeypadHarness } from '../tests/e2e/support/keypadHarness.js';
import { jobInterestFoundByInitials, residents, statusLookupRequest, subsidyCallBack, trainingSignup } from '../tests/e2e/support/keypadFlows.js';
import { startKioskSession } from '../tests/e2e/support/kioskSession.js';

type Flow = { readonly name: string; readonly run: (h: KeypadHarness) => Promise<string> };

async function main(): Promise<void> {
  const cardFile = join(process.env['TMPDIR'] ?? '/tmp', `kiosk-bench-card-${process.pid}.json`);
  writeFileSync(cardFile, JSON.stringify({ name: residents.training.name, idNumber: residents.training.idNumber }));
  const flows: readonly Flow[] = [
    { name: 'training sign-up (name by pinyin)', run: (h) => trainingSignup(h, residents.training) },
    { name: 'training sign-up (ID card)', run: (h) => trainingSignup(h, residents.training, 'card') },
    { name: 'job interest (search 保洁 by initials)', run: (h) => jobInterestFoundByInitials(h, residents.interest) },
    { name: 'subsidy call-back', run: (h) => subsidyCallBack(h, residents.inquiry) },
    { name: 'status lookup → stored request', run: (h) => statusLookupRequest(h, residents.inquiry) },
  ];
  console.log('flow                                      presses  spoken chars  reference');
  for (const flow of flows) {
    // A fresh kiosk per flow: each is a first visit (no duplicate sign-up), as a resident would meet it.
    // The card sits on the reader only for the card run, as a resident would place it.
    writeFileSync(cardFile, flow.name.includes('ID card') ? JSON.stringify({ name: residents.training.name, idNumber: residents.training.idNumber }) : '');
    const kiosk = await startKioskSession({ simulatedIdCardFile: cardFile });
    kiosk.configureStation({ speechEngine: 'recording' });
    try {
      const h = await keypadHarness(kiosk);
      const reference = await flow.run(h);
      await h.assertKeypadOnly();
      console.log(`${flow.name.padEnd(42)}${String(h.presses()).padStart(7)}${String(await h.spokenCharacters()).padStart(14)}  ${reference}`);
    } finally {
      await kiosk.close();
    }
  }
  console.log('reference before issue #12: training sign-up 87 presses, 1,680 spoken characters (name typed on a keyboard)');
}

await main();
