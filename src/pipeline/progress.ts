/** Prints stage progress on stderr, only when a person is watching (stderr is a terminal). */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  const live = Boolean(stream.isTTY);
  return {
    stage(label: string): () => void {
      if (!live) return () => {};
      const started = performance.now();
      stream.write(`… ${label}\n`);
      return () =>
        stream.write(`✓ ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    },
  };
}
