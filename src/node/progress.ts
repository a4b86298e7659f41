import { formatNumber } from '../core/format/number.ts';
import type { Lang } from '../core/format/lang.ts';

/**
 * A one-line progress indicator (file and MiB read, the number in the CLI's language) for a
 * terminal's stderr, redrawn at most ten times a second. Only used when stderr is a TTY.
 */
export function progressLine(
  stream: NodeJS.WriteStream,
  lang: Lang,
): {
  update(progress: { file: string; bytes: number }): void;
  done(): void;
} {
  let last = 0;
  return {
    update({ file, bytes }) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      stream.write(`\r\x1b[K${file} ${formatNumber(lang, bytes / 1048576, { decimals: 1 })} MiB`);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
