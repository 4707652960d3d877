import { Presets, SingleBar } from 'cli-progress';
import { bytes, count } from './format';

/** A bar the command moves; on a pipe or with --no-progress it draws nothing. */
export interface ProgressBar {
  update(value: number, total?: number): void;
  stop(): void;
}

export type ProgressUnit = 'bytes' | 'lines' | 'letters';

export interface Progress {
  bar(label: string, total: number, unit: ProgressUnit): ProgressBar;
}

const silent: ProgressBar = { update: () => undefined, stop: () => undefined };

export const noProgress: Progress = { bar: () => silent };

const show = (value: number, unit: ProgressUnit) =>
  unit === 'bytes' ? bytes(value) : count(value);

/**
 * Progress bars (cli-progress) on `stream`, which is stderr: stdout keeps only the summary, so
 * it can be piped. Drawn only on a terminal.
 */
export function terminalProgress(stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY) return noProgress;
  return {
    bar(label, total, unit) {
      const bar = new SingleBar(
        {
          stream,
          format: `${label.padEnd(9)} {bar} {percentage}% | {done} of {size}${unit === 'bytes' ? '' : ` ${unit}`}`,
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 20,
        },
        Presets.shades_classic,
      );
      let size = total;
      bar.start(Math.max(size, 1), 0, { done: show(0, unit), size: show(size, unit) });
      return {
        update(value, newTotal) {
          if (newTotal !== undefined && newTotal !== size) {
            size = newTotal;
            bar.setTotal(Math.max(size, 1));
          }
          bar.update(value, { done: show(value, unit), size: show(size, unit) });
        },
        stop: () => bar.stop(),
      };
    },
  };
}
