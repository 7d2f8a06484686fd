import { err, ok, type Result } from '../../shared/result.js';

// Reads the format and length of a RIFF/WAVE buffer, as written by espeak-ng --stdout.
// espeak-ng cannot seek back on a pipe, so its header carries a placeholder data size
// (0x7ffff000 in 1.51, 0 in some builds); the real length is then what the buffer holds.

export type WavInfo = {
  readonly sampleRate: number;
  readonly channels: number;
  readonly bitsPerSample: number;
  readonly durationMs: number;
};

const RIFF_HEADER_BYTES = 12;
const CHUNK_HEADER_BYTES = 8;
const MIN_FMT_BYTES = 16;
// Uncompressed formats only: for these, bytes / (rate × block align) is the duration.
const WAVE_FORMAT_PCM = 1;
const WAVE_FORMAT_IEEE_FLOAT = 3;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
const UNCOMPRESSED_FORMATS: ReadonlySet<number> = new Set([WAVE_FORMAT_PCM, WAVE_FORMAT_IEEE_FLOAT, WAVE_FORMAT_EXTENSIBLE]);

type Layout = {
  readonly sampleRate: number;
  readonly channels: number;
  readonly bitsPerSample: number;
  readonly blockAlign: number;
  /** Offset of the data chunk's size field. */
  readonly dataSizeOffset: number;
  readonly dataStart: number;
  /** Whole sample frames only: a frame cut off at the end of a pipe is not audio. */
  readonly dataBytes: number;
};

export function parseWavInfo(buffer: Buffer): Result<WavInfo, 'not_wav'> {
  const layout = readLayout(buffer);
  if (!layout.ok) {
    return layout;
  }
  const { sampleRate, channels, bitsPerSample, blockAlign, dataBytes } = layout.value;
  const durationMs = (dataBytes / (sampleRate * blockAlign)) * 1000;
  return ok({ sampleRate, channels, bitsPerSample, durationMs });
}

/**
 * A copy of `buffer` whose RIFF and data sizes state the real length, cut to the end of the data.
 * A player trusting espeak-ng's placeholder size would report a duration of hours, which would
 * defeat the renderer's watchdog (hostSpeechEngine.ts).
 */
export function withExactWavSizes(buffer: Buffer): Result<Buffer, 'not_wav'> {
  const layout = readLayout(buffer);
  if (!layout.ok) {
    return layout;
  }
  const { dataSizeOffset, dataStart, dataBytes } = layout.value;
  const fixed = Buffer.from(buffer.subarray(0, dataStart + dataBytes));
  fixed.writeUInt32LE(fixed.length - CHUNK_HEADER_BYTES, 4);
  fixed.writeUInt32LE(dataBytes, dataSizeOffset);
  return ok(fixed);
}

function readLayout(buffer: Buffer): Result<Layout, 'not_wav'> {
  if (buffer.length < RIFF_HEADER_BYTES || buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') {
    return err('not_wav');
  }
  let format: { sampleRate: number; channels: number; bitsPerSample: number; blockAlign: number } | undefined;
  let offset = RIFF_HEADER_BYTES;
  while (offset + CHUNK_HEADER_BYTES <= buffer.length) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const declaredSize = buffer.readUInt32LE(offset + 4);
    const bodyStart = offset + CHUNK_HEADER_BYTES;
    if (id === 'fmt ') {
      if (declaredSize < MIN_FMT_BYTES || bodyStart + MIN_FMT_BYTES > buffer.length) {
        return err('not_wav');
      }
      const audioFormat = buffer.readUInt16LE(bodyStart);
      const channels = buffer.readUInt16LE(bodyStart + 2);
      const sampleRate = buffer.readUInt32LE(bodyStart + 4);
      const blockAlign = buffer.readUInt16LE(bodyStart + 12);
      const bitsPerSample = buffer.readUInt16LE(bodyStart + 14);
      if (!UNCOMPRESSED_FORMATS.has(audioFormat) || channels === 0 || sampleRate === 0 || bitsPerSample === 0 || blockAlign === 0) {
        return err('not_wav');
      }
      format = { sampleRate, channels, bitsPerSample, blockAlign };
    } else if (id === 'data') {
      if (format === undefined) {
        // The format must come first; without it the samples cannot be measured.
        return err('not_wav');
      }
      const available = buffer.length - bodyStart;
      // A streamed header: 0, or a placeholder larger than what arrived.
      const bytes = declaredSize === 0 || declaredSize > available ? available : declaredSize;
      return ok({
        ...format,
        dataSizeOffset: offset + 4,
        dataStart: bodyStart,
        dataBytes: bytes - (bytes % format.blockAlign),
      });
    }
    // Chunk bodies are padded to an even length.
    offset = bodyStart + declaredSize + (declaredSize % 2);
  }
  return err('not_wav');
}
