export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline: string;
  baselineValue: number;
  /** value ÷ baselineValue (for throughput), or baselineValue ÷ value (for times); > 1 means better. */
  ratio: number;
  goal: string;
  pass: boolean;
}

/** Runs `fn` for about `ms` milliseconds after a warm-up, and returns operations per second. */
export function opsPerSecond(fn: () => void, ms = 1500): number {
  const warmUntil = performance.now() + Math.min(500, ms / 3);
  while (performance.now() < warmUntil) fn();
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    ops++;
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function printTable(rows: BenchRow[]): void {
  const lines = rows.map((r) => [
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    `${r.baseline}: ${fmt(r.baselineValue)} ${r.unit}`,
    `${fmt(r.ratio)}×`,
    r.goal,
    r.pass ? 'ok' : 'MISSED',
  ]);
  const header = ['benchmark', 'measured', 'baseline (same run)', 'ratio', 'goal', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const l of lines) console.log(row(l));
}
