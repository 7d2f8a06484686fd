import { kioskError } from '../../shared/errors.js';
import { err, ok } from '../../shared/result.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { EspeakSynthesizer } from '../speech/espeakSynthesizer.js';

type SpeechHandlers = Pick<ChannelHandlers, 'speech.synthesize'>;

export function createSpeechHandlers(synthesizer: EspeakSynthesizer): SpeechHandlers {
  return {
    'speech.synthesize': async (request) => {
      const wav = await synthesizer.synthesize(request);
      if (!wav.ok) {
        // The renderer falls back to captions only; the reason is a code, never the spoken text.
        return err(kioskError(wav.error === 'too_long' ? 'invalid_input' : 'unavailable', [], { reason: wav.error }));
      }
      return ok({ audio: `data:audio/wav;base64,${wav.value.toString('base64')}` });
    },
  };
}
