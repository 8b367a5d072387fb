import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { catalog } from '../../indicators/catalog.ts';
import { scoreText } from '../../indicators/scorer/score.ts';
import type { AlertEngine } from '../../server/services/alert-engine.ts';
import type { RiskService } from '../../server/services/risk-service.ts';
import type { GeneratedReport } from './generated-reports.ts';

/**
 * Checks that what a database holds after ingest (possibly interrupted) is what a clean, complete computation
 * from its own reports gives: each function returns a list of differences (empty when consistent), so a test
 * can show the first few rather than one bare `false`.
 */

class Rollback extends Error {}

/** jsonb keeps its own key order: compare values key by key. */
const sortedKeys = (values: Record<string, number>) =>
  Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));

/** Runs `work` in a transaction that is always rolled back: a what-if over the real data. */
async function whatIf<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      result = await work(trx);
      throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return result as T;
}

/** Which generated lines (1-based) the database holds, and how many times each. */
export async function storedLines(
  db: Kysely<Database>,
  upload: readonly GeneratedReport[],
): Promise<{ total: number; copies: Map<number, number>; unknown: number }> {
  const lineOf = new Map(upload.map((r, i) => [r.text, i + 1]));
  const rows = await db.selectFrom('reports').select('text').execute();
  const copies = new Map<number, number>();
  let unknown = 0;
  for (const { text } of rows) {
    const line = lineOf.get(text);
    if (line === undefined) unknown++;
    else copies.set(line, (copies.get(line) ?? 0) + 1);
  }
  return { total: rows.length, copies, unknown };
}

/** Reports whose stored language, score, values or hits differ from scoring their text again. */
export async function rescoreDifferences(
  db: Kysely<Database>,
  upload: readonly GeneratedReport[],
): Promise<string[]> {
  const byText = new Map(upload.map((r) => [r.text, r]));
  const reports = await db
    .selectFrom('reports')
    .select(['id', 'text', 'report_date', 'lang', 'score', 'risk_factors', 'crimes', 'catalog_version'])
    .execute();
  const hits = await db
    .selectFrom('hits')
    .select(['report_id', 'indicator_id', 'evidence_start', 'evidence_end', 'negated', 'weight'])
    .execute();
  const hitsOf = new Map<string, string[]>();
  for (const h of hits) {
    const list = hitsOf.get(h.report_id) ?? [];
    list.push(`${h.indicator_id}@${h.evidence_start}-${h.evidence_end}${h.negated ? '!' : ''}:${h.weight}`);
    hitsOf.set(h.report_id, list);
  }
  const differences: string[] = [];
  for (const r of reports) {
    const input = byText.get(r.text);
    if (!input) {
      differences.push(`report ${r.id}: its text is not in the upload`);
      continue;
    }
    const fresh = scoreText(catalog, r.text, { lang: input.lang, date: r.report_date });
    const expected = {
      lang: fresh.lang,
      score: fresh.score,
      riskFactors: sortedKeys(fresh.riskFactors),
      crimes: sortedKeys(fresh.crimes),
      catalogVersion: fresh.catalogVersion,
      hits: fresh.hits
        .map(
          (h) => `${h.indicatorId}@${h.evidence.start}-${h.evidence.end}${h.negated ? '!' : ''}:${h.weight}`,
        )
        .sort(),
    };
    const stored = {
      lang: r.lang,
      score: r.score,
      riskFactors: sortedKeys(r.risk_factors),
      crimes: sortedKeys(r.crimes),
      catalogVersion: r.catalog_version,
      hits: (hitsOf.get(r.id) ?? []).sort(),
    };
    for (const field of Object.keys(expected) as Array<keyof typeof expected>) {
      const [have, want] = [JSON.stringify(stored[field]), JSON.stringify(expected[field])];
      if (have !== want) differences.push(`report ${r.id} ${field}: stored ${have} ≠ rescored ${want}`);
    }
  }
  return differences;
}

/** Country-days whose stored aggregates differ from rebuilding every country from its reports. */
export async function aggregateDifferences(db: Kysely<Database>, risk: RiskService): Promise<string[]> {
  const read = (trx: Kysely<Database>) =>
    trx.selectFrom('country_days').selectAll().orderBy('country').orderBy('day').execute();
  const key = (r: { country: string; day: string }) => `${r.country.trim()} ${r.day}`;
  const stored = await read(db);
  const rebuilt = await whatIf(db, async (trx) => {
    const countries = await trx.selectFrom('reports').select('country').distinct().execute();
    for (const { country } of countries) await risk.recomputeCountry(trx, country.trim());
    return read(trx);
  });
  const differences: string[] = [];
  const storedBy = new Map(stored.map((r) => [key(r), r]));
  for (const row of rebuilt) {
    const have = storedBy.get(key(row));
    storedBy.delete(key(row));
    if (!have) {
      differences.push(`${key(row)}: missing`);
      continue;
    }
    const close = (a: number[], b: number[]) =>
      a.length === b.length && a.every((v, i) => Math.abs(v - b[i]!) < 1e-9);
    if (
      have.reports !== row.reports ||
      have.reports_to_date !== row.reports_to_date ||
      !close(have.daily, row.daily) ||
      !close(have.state, row.state)
    ) {
      differences.push(
        `${key(row)}: stored ${have.reports}/${have.reports_to_date} reports ≠ rebuilt ${row.reports}/${row.reports_to_date}, or their values differ`,
      );
    }
  }
  for (const extra of storedBy.keys()) differences.push(`${extra}: stored but no report backs it`);
  return differences;
}

type AlertShape = {
  threshold: string;
  country: string;
  holding: boolean;
  clearedAt: string | null;
  latest: number;
};

/**
 * Countries whose alerts are not what evaluating them from scratch gives (all alerts deleted, every threshold
 * evaluated once over today's series), leaving out the countries still queued for evaluation: those are owed
 * an evaluation, which is allowed. Alerts opened on partial data may stay behind as history (not holding), so
 * the comparison is: the same conditions hold now, with the same latest values, and every alert a fresh
 * evaluation opens has a stored alert with the same state.
 */
export async function alertDifferences(
  db: Kysely<Database>,
  engine: AlertEngine,
): Promise<{ differences: string[]; checked: number; alerts: number; queued: string[] }> {
  const queued = (await db.selectFrom('alert_queue').select('country').execute()).map((r) =>
    r.country.trim(),
  );
  const read = async (trx: Kysely<Database>): Promise<AlertShape[]> =>
    (
      await trx
        .selectFrom('alerts')
        .select(['threshold_id', 'country', 'holding', 'cleared_at', 'latest_value'])
        .where('status', '<>', 'resolved')
        .execute()
    ).map((a) => ({
      threshold: a.threshold_id ?? 'none',
      country: a.country.trim(),
      holding: a.holding,
      clearedAt: a.cleared_at,
      latest: a.latest_value,
    }));
  const stored = await read(db);
  const countries = (await db.selectFrom('country_days').select('country').distinct().execute())
    .map((r) => r.country.trim())
    .filter((c) => !queued.includes(c));
  const fresh = await whatIf(db, async (trx) => {
    await trx.deleteFrom('alerts').execute();
    for (const country of countries) await engine.evaluateCountry(trx, country);
    return read(trx);
  });
  const describe = (a: AlertShape) =>
    `${a.country} ${a.threshold}: ${a.holding ? 'holding' : `cleared ${a.clearedAt}`}, latest ${a.latest}`;
  const differences: string[] = [];
  const inScope = stored.filter((a) => countries.includes(a.country));
  const holding = (list: AlertShape[]) =>
    list
      .filter((a) => a.holding)
      .map(describe)
      .sort();
  const [storedHolding, freshHolding] = [holding(inScope), holding(fresh)];
  if (JSON.stringify(storedHolding) !== JSON.stringify(freshHolding)) {
    differences.push(
      `holding: stored ${JSON.stringify(storedHolding)} ≠ fresh ${JSON.stringify(freshHolding)}`,
    );
  }
  const storedStates = new Set(inScope.map(describe));
  for (const a of fresh) {
    if (!storedStates.has(describe(a)))
      differences.push(`no stored alert like the fresh one: ${describe(a)}`);
  }
  return { differences, checked: countries.length, alerts: fresh.length, queued };
}
