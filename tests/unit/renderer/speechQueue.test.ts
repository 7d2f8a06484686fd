import { describe, expect, it } from 'vitest';
import { createRecordingEngine } from '../../../renderer/a11y/speech/engines/recordingEngine.js';
import { createSpeechQueue, type SpeechQueueOptions } from '../../../renderer/a11y/speech/speechQueue.js';

function queueWith(options: Partial<SpeechQueueOptions> & { durationMs?: number } = {}) {
  const engine = createRecordingEngine({ durationMs: options.durationMs ?? 20 });
  const captions: (string | null)[] = [];
  let enabled = true;
  const queue = createSpeechQueue({
    engine,
    language: () => 'zh-CN',
    voice: () => ({ rate: 1, volume: 0.8 }),
    enabled: () => enabled,
    onCaption: (caption) => captions.push(caption),
    ...options,
  });
  return { engine, queue, captions, setEnabled: (value: boolean) => (enabled = value) };
}

const spoken = (engine: ReturnType<typeof createRecordingEngine>): string[] => engine.transcript.map((u) => u.text);

describe('speech queue', () => {
  it('speaks a message split into sentences, in order, and shows each as a caption', async () => {
    const { engine, queue, captions } = queueWith();
    queue.say('欢迎使用。请按1找工作！');
    await queue.idle();
    expect(spoken(engine)).toEqual(['欢迎使用。', '请按1找工作！']);
    expect(captions).toEqual(['欢迎使用。', '请按1找工作！', null]);
  });

  it('a new message interrupts the current one: the engine is cancelled and the rest is never spoken (EN 301 549 5.1.3.5)', async () => {
    const { engine, queue } = queueWith({ durationMs: 50 });
    queue.say(['第一句。第二句。第三句。']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    queue.say('新的消息。');
    await queue.idle();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(spoken(engine)).toEqual(['第一句。', '新的消息。']);
    expect(engine.cancellations.length).toBeGreaterThanOrEqual(1);
  });

  it('stop() silences everything queued', async () => {
    const { engine, queue } = queueWith({ durationMs: 30 });
    queue.say('一。二。三。');
    queue.stop();
    await queue.idle();
    expect(spoken(engine).length).toBeLessThanOrEqual(1);
  });

  it('queues without interrupting when asked to', async () => {
    const { engine, queue } = queueWith({ durationMs: 5 });
    queue.say('甲。');
    queue.say('乙。', { interrupt: false });
    await queue.idle();
    expect(spoken(engine)).toEqual(['甲。', '乙。']);
  });

  it('repeat() says the last message again', async () => {
    const { engine, queue } = queueWith({ durationMs: 1 });
    queue.say('请按确认键。');
    await queue.idle();
    queue.repeat();
    await queue.idle();
    expect(spoken(engine)).toEqual(['请按确认键。', '请按确认键。']);
  });

  it('speaks nothing while self-voicing is off (no audio mode, or a screen reader runs), but remembers for repeat', async () => {
    const { engine, queue, setEnabled } = queueWith({ durationMs: 1 });
    setEnabled(false);
    queue.say('不该说出来。');
    await queue.idle();
    expect(spoken(engine)).toEqual([]);
    setEnabled(true);
    queue.repeat();
    await queue.idle();
    expect(spoken(engine)).toEqual(['不该说出来。']);
  });

  it('uses the voice settings current at the moment each piece is spoken', async () => {
    let volume = 0.4;
    const { engine, queue } = queueWith({ voice: () => ({ rate: 1.5, volume }), durationMs: 1 });
    queue.say('一。');
    await queue.idle();
    volume = 1;
    queue.say('二。');
    await queue.idle();
    expect(engine.transcript.map((u) => [u.volume, u.rate])).toEqual([
      [0.4, 1.5],
      [1, 1.5],
    ]);
  });
});
