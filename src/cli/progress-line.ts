// A progress line on stderr for people at a terminal: shown only after a delay, redrawn at most every
// interval, erased at the end; nothing at all when stderr is not a terminal (Rundeck and cron logs).

import type { GenerateProgress, ProgressListener } from '../progress';

export interface ProgressLineSettings {
  readonly stream: NodeJS.WritableStream;
  /** Whether `stream` is a terminal; when false the reporter writes nothing. */
  readonly isTTY: boolean;
  /** Quiet time before the first draw, in ms (short runs show nothing). */
  readonly delayMs?: number;
  /** Minimum time between redraws, in ms. */
  readonly intervalMs?: number;
}

export interface ProgressLine {
  readonly onProgress: ProgressListener;
  /** Stops drawing and erases the line if one was drawn. Call once at the end, success or not. */
  stop(): void;
}

const ERASE_LINE = '\r\u001b[K';

/** The text of one progress line. Pure. */
export function progressText(p: GenerateProgress): string {
  return `ecs-nodes: ${p.clustersDone}/${p.clustersTotal} cluster${p.clustersTotal === 1 ? '' : 's'} done, ${p.tasksDescribed} task${p.tasksDescribed === 1 ? '' : 's'} described`;
}

/** A progress line reporter for `stream`; inert when `isTTY` is false. */
export function createProgressLine(settings: ProgressLineSettings): ProgressLine {
  if (!settings.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const delayMs = settings.delayMs ?? 1000;
  const intervalMs = settings.intervalMs ?? 100;
  const started = Date.now();
  let latest: GenerateProgress = { clustersTotal: 0, clustersDone: 0, tasksDescribed: 0 };
  let lastDraw = 0;
  let drawn = false;
  let stopped = false;
  const draw = (): void => {
    if (stopped) return;
    settings.stream.write(`${ERASE_LINE}${progressText(latest)}`);
    drawn = true;
    lastDraw = Date.now();
  };
  // Draw the first line after the delay even if no event arrives then (a slow first call).
  const timer = setTimeout(draw, delayMs);
  timer.unref();
  return {
    onProgress(progress) {
      latest = progress;
      const now = Date.now();
      if (now - started >= delayMs && now - lastDraw >= intervalMs) draw();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (drawn) settings.stream.write(ERASE_LINE);
    },
  };
}
