import { formatNumber } from '../core/format/number.ts';
import type { Lang } from '../i18n/routes.ts';

/**
 * Prints stage progress on stderr, only when a person is watching (stderr is a terminal): a line
 * when a stage starts, one when it ends with its time in the build's language, and in between one
 * line redrawn in place (`line`: what is being read, how far publishing's checks are).
 */
export function createProgress(lang: Lang, stream: NodeJS.WriteStream = process.stderr) {
  const live = Boolean(stream.isTTY);
  let drawnAt = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[K');
    drawn = false;
  };
  return {
    stage(label: string): () => void {
      if (!live) return () => {};
      clear();
      const started = performance.now();
      stream.write(`… ${label}\n`);
      return () => {
        clear();
        stream.write(`✓ ${label} (${seconds(lang, performance.now() - started)})\n`);
      };
    },
    /** Removes the redrawn line (before an error is printed in its place). */
    clear,
    /** Redraws the line under the current stage, at most ten times a second. */
    line(text: string): void {
      if (!live) return;
      const now = performance.now();
      if (drawn && now - drawnAt < 100) return;
      drawnAt = now;
      drawn = true;
      stream.write(`\r\x1b[K${text}`);
    },
  };
}

/** `12.3 s` / `12,3 sn`. */
function seconds(lang: Lang, ms: number): string {
  return `${formatNumber(lang, ms / 1000, { decimals: 1 })} ${lang === 'tr' ? 'sn' : 's'}`;
}
