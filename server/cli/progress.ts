/**
 * A one-line progress bar on stderr (a terminal) or a line every few seconds (a log file, CI). Small enough
 * that a dependency would cost more than it saves.
 */
export function createProgress(label: string, total?: number) {
  const tty = Boolean(process.stderr.isTTY);
  let lastLine = 0;
  const started = performance.now();
  const render = (done: number, extra = '') => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    if (total && total > 0) {
      const share = Math.min(1, done / total);
      const width = 30;
      const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
      return `${label} [${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} ${rate}/s ${extra}`;
    }
    return `${label} ${done} ${rate}/s ${extra}`;
  };
  return {
    update(done: number, extra?: string) {
      if (tty) process.stderr.write(`\r${render(done, extra)}\x1b[K`);
      else if (performance.now() - lastLine > 5_000) {
        lastLine = performance.now();
        process.stderr.write(`${render(done, extra)}\n`);
      }
    },
    done(done: number, extra?: string) {
      process.stderr.write(`${tty ? '\r' : ''}${render(done, extra)}${tty ? '\x1b[K' : ''}\n`);
    },
  };
}
