import { afterEach, describe, expect, it } from 'vitest';
import { startTestHost } from '../support/testHost.js';

const hosts: { close(): void }[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.close()));

// The host speech engine end to end through the router: real espeak-ng, real WAV (apt package espeak-ng).
describe('speech.synthesize', () => {
  it('returns a playable WAV data URL for Mandarin and English', async () => {
    const test = startTestHost();
    hosts.push(test);
    for (const [text, language] of [['您好，请选择服务。', 'zh-CN'], ['Please choose a service.', 'en']] as const) {
      const response = await test.host.router.dispatch('speech.synthesize', { text, language, rate: 1, volume: 0.8 });
      expect(response.ok).toBe(true);
      if (!response.ok) return;
      const { audio } = response.value as { audio: string };
      const wav = Buffer.from(audio.slice('data:audio/wav;base64,'.length), 'base64');
      expect(wav.subarray(0, 4).toString('latin1')).toBe('RIFF');
      expect(wav.subarray(8, 12).toString('latin1')).toBe('WAVE');
      expect(wav.length).toBeGreaterThan(10_000);
    }
  });

  it('refuses text over the limit with a typed error', async () => {
    const test = startTestHost();
    hosts.push(test);
    const response = await test.host.router.dispatch('speech.synthesize', { text: '长'.repeat(501), language: 'zh-CN', rate: 1, volume: 1 });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ path: 'text' }] } });
  });
});
