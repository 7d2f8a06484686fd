import { describe, expect, it } from 'vitest';
import { parseWavInfo, withExactWavSizes } from '../../../electron/speech/wavInfo.js';

type Header = { sampleRate: number; channels: number; bitsPerSample: number; dataSize?: number; format?: number };

/** The classic 44-byte header followed by `dataBytes` of silence; `dataSize` overrides the declared size. */
function buildWav(header: Header, dataBytes: number, extraChunks: Buffer = Buffer.alloc(0)): Buffer {
  const { sampleRate, channels, bitsPerSample } = header;
  const blockAlign = (channels * bitsPerSample) / 8;
  const head = Buffer.alloc(36);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(36 + extraChunks.length + dataBytes, 4);
  head.write('WAVE', 8, 'ascii');
  head.write('fmt ', 12, 'ascii');
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(header.format ?? 1, 20);
  head.writeUInt16LE(channels, 22);
  head.writeUInt32LE(sampleRate, 24);
  head.writeUInt32LE(sampleRate * blockAlign, 28);
  head.writeUInt16LE(blockAlign, 32);
  head.writeUInt16LE(bitsPerSample, 34);
  const dataHead = Buffer.alloc(8);
  dataHead.write('data', 0, 'ascii');
  dataHead.writeUInt32LE(header.dataSize ?? dataBytes, 4);
  return Buffer.concat([head, extraChunks, dataHead, Buffer.alloc(dataBytes)]);
}

function chunk(id: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(id, 0, 'ascii');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body, Buffer.alloc(body.length % 2)]);
}

const mono16 = { sampleRate: 22_050, channels: 1, bitsPerSample: 16 };

describe('parseWavInfo', () => {
  it('reads a plain 44-byte-header WAV', () => {
    const wav = buildWav(mono16, 22_050 * 2);
    expect(wav.length).toBe(44 + 44_100);
    expect(parseWavInfo(wav)).toEqual({ ok: true, value: { sampleRate: 22_050, channels: 1, bitsPerSample: 16, durationMs: 1000 } });
  });

  it('reads stereo 44.1 kHz', () => {
    const info = parseWavInfo(buildWav({ sampleRate: 44_100, channels: 2, bitsPerSample: 16 }, 44_100 * 4 / 2));
    expect(info).toEqual({ ok: true, value: { sampleRate: 44_100, channels: 2, bitsPerSample: 16, durationMs: 500 } });
  });

  it('skips chunks before the data, including odd-sized padded ones', () => {
    const extras = Buffer.concat([chunk('LIST', Buffer.from('INFOabc')), chunk('fact', Buffer.alloc(4))]);
    const info = parseWavInfo(buildWav(mono16, 4_410, extras));
    expect(info.ok && info.value.durationMs).toBe(100);
  });

  it.each([
    ['espeak-ng placeholder 0x7ffff000', 0x7ffff000],
    ['zero', 0],
    ['0xffffffff', 0xffffffff],
  ])('measures the data from the buffer when the declared size is %s', (_name, dataSize) => {
    const info = parseWavInfo(buildWav({ ...mono16, dataSize }, 11_025 * 2));
    expect(info).toEqual({ ok: true, value: { ...mono16, durationMs: 500 } });
  });

  it('ignores a trailing half sample frame from a cut-off stream', () => {
    const wav = Buffer.concat([buildWav({ ...mono16, dataSize: 0x7ffff000 }, 22_050 * 2), Buffer.alloc(1)]);
    expect(parseWavInfo(wav)).toEqual({ ok: true, value: { ...mono16, durationMs: 1000 } });
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['text', Buffer.from('--help: espeak-ng [options] ["<words>"]\n')],
    ['random bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 37 + 11) % 256))],
    ['RIFF but not WAVE', Buffer.concat([Buffer.from('RIFF\u0000\u0000\u0000\u0000AVI ', 'latin1'), Buffer.alloc(40)])],
    ['header only, no data chunk', buildWav(mono16, 0).subarray(0, 36)],
    ['data before fmt', Buffer.concat([Buffer.from('RIFF\u0024\u0000\u0000\u0000WAVE', 'latin1'), chunk('data', Buffer.alloc(8))])],
    ['zero channels', buildWav({ ...mono16, channels: 0 }, 100)],
    ['compressed format (MP3 in WAV)', buildWav({ ...mono16, format: 0x55 }, 100)],
    ['fmt chunk cut short', buildWav(mono16, 0).subarray(0, 30)],
  ])("returns 'not_wav' for %s", (_name, buffer) => {
    expect(parseWavInfo(buffer)).toEqual({ ok: false, error: 'not_wav' });
  });
});

describe('withExactWavSizes', () => {
  it('rewrites streaming placeholders to the real sizes and keeps the samples', () => {
    const samples = Buffer.from([1, 0, 2, 0, 3, 0, 4, 0]);
    const streamed = Buffer.concat([buildWav({ ...mono16, dataSize: 0x7ffff000 }, 0), samples]);
    const fixed = withExactWavSizes(streamed);
    expect(fixed.ok).toBe(true);
    if (!fixed.ok) return;
    expect(fixed.value.readUInt32LE(4)).toBe(fixed.value.length - 8);
    expect(fixed.value.readUInt32LE(40)).toBe(8);
    expect(fixed.value.subarray(44)).toEqual(samples);
    // The input is left alone.
    expect(streamed.readUInt32LE(40)).toBe(0x7ffff000);
  });

  it('passes on not_wav', () => {
    expect(withExactWavSizes(Buffer.from('nope'))).toEqual({ ok: false, error: 'not_wav' });
  });
});
