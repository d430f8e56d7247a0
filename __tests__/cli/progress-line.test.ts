// The stderr progress line: silent off a terminal and for short runs, throttled, erased at the end.

import { PassThrough } from 'node:stream';
import { createProgressLine, progressText } from '../../src/cli/progress-line';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return { stream, text: () => chunks.join('') };
}

const snapshot = (clustersDone: number, tasksDescribed: number) => ({ clustersTotal: 3, clustersDone, tasksDescribed });

describe('progressText', () => {
  it.each([
    [{ clustersTotal: 3, clustersDone: 1, tasksDescribed: 250 }, 'ecs-nodes: 1/3 clusters done, 250 tasks described'],
    [{ clustersTotal: 1, clustersDone: 0, tasksDescribed: 1 }, 'ecs-nodes: 0/1 cluster done, 1 task described'],
  ])('%p → %p', (progress, text) => {
    expect(progressText(progress)).toBe(text);
  });
});

describe('createProgressLine', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('writes nothing at all when the stream is not a terminal', async () => {
    const out = capture();
    const line = createProgressLine({ stream: out.stream, isTTY: false });
    line.onProgress(snapshot(0, 0));
    jest.advanceTimersByTime(5000);
    line.onProgress(snapshot(3, 900));
    line.stop();
    await Promise.resolve();
    expect(out.text()).toBe('');
  });

  it('writes nothing for a run shorter than the delay', () => {
    const out = capture();
    const line = createProgressLine({ stream: out.stream, isTTY: true, delayMs: 1000 });
    line.onProgress(snapshot(1, 100));
    jest.advanceTimersByTime(900);
    line.stop();
    jest.advanceTimersByTime(5000);
    expect(out.text()).toBe('');
  });

  it('draws after the delay, redraws at most once per interval, and erases the line at the end', () => {
    const out = capture();
    const line = createProgressLine({ stream: out.stream, isTTY: true, delayMs: 1000, intervalMs: 100 });
    line.onProgress(snapshot(0, 100));
    jest.advanceTimersByTime(1000);
    expect(out.text()).toBe('\r\u001b[Kecs-nodes: 0/3 clusters done, 100 tasks described');
    line.onProgress(snapshot(1, 200)); // within the interval: not drawn
    jest.advanceTimersByTime(150);
    line.onProgress(snapshot(2, 300));
    line.stop();
    expect(out.text()).toBe(
      '\r\u001b[Kecs-nodes: 0/3 clusters done, 100 tasks described' +
        '\r\u001b[Kecs-nodes: 2/3 clusters done, 300 tasks described' +
        '\r\u001b[K',
    );
  });
});
