import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/errors.ts';
import {
  type DuplicateKey,
  findDuplicateReports,
  insertHits,
  insertReports,
} from '../../db/queries/reports.ts';
import type { Database, NewHitRow } from '../../db/schema.ts';
import type { ScoreResult } from '../../indicators/scorer/types.ts';
import type { ReportInput } from '../contract/reports.ts';
import type { Actor } from './principal.ts';
import { hitToRow } from './report-mapping.ts';
import type { RiskService } from './risk-service.ts';
import type { ScoringService } from './scoring-service.ts';
import { textHash } from './text-hash.ts';

export type StoreOutcome =
  | { status: 'stored'; id: string; input: ReportInput; result: ScoreResult }
  | { status: 'duplicate'; id: string; input: ReportInput };

const HITS_PER_INSERT = 2_000;

/**
 * Stores a chunk of reports as one transaction: scored, deduplicated (against the database and within the
 * chunk), inserted with their hits, and added to the daily aggregates. All or nothing: a crash leaves the whole
 * chunk or none of it. A concurrent upload of the same reports makes the insert fail on the unique keys; the
 * chunk is then re-checked and retried, so each report is stored exactly once.
 */
export async function storeReports(
  deps: { db: Kysely<Database>; scoring: ScoringService; risk: RiskService },
  actor: Actor,
  inputs: readonly ReportInput[],
  options: { synthetic?: boolean } = {},
): Promise<StoreOutcome[]> {
  const keyed = inputs.map((input) => ({
    input,
    key: {
      externalId: input.externalId ?? null,
      country: input.country,
      date: input.date,
      textHash: textHash(input.text),
    } satisfies DuplicateKey,
  }));
  const scored = new Map<ReportInput, ScoreResult>();
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.db.transaction().execute(async (trx) => {
        const known = new KnownKeys(
          await findDuplicateReports(
            trx,
            keyed.map((k) => k.key),
          ),
        );
        const outcomes: StoreOutcome[] = [];
        const fresh: typeof keyed = [];
        for (const item of keyed) {
          const existing = known.find(item.key);
          if (existing) outcomes.push({ status: 'duplicate', id: existing, input: item.input });
          else {
            known.add(item.key, `pending:${fresh.length}`);
            fresh.push(item);
            outcomes.push({
              status: 'stored',
              id: `pending:${fresh.length - 1}`,
              input: item.input,
            } as StoreOutcome);
          }
        }
        const results = fresh.map(({ input }) => {
          let result = scored.get(input);
          if (!result) {
            result = deps.scoring.score(input.text, { lang: input.lang, date: input.date });
            scored.set(input, result);
          }
          return result;
        });
        const ids = await insertReports(
          trx,
          fresh.map(({ input, key }, i) => ({
            external_id: key.externalId,
            country: input.country,
            report_date: input.date,
            period_start: input.period?.from ?? null,
            period_end: input.period?.to ?? null,
            title: input.title ?? null,
            lang: results[i]!.lang,
            scored: results[i]!.scored,
            text: input.text,
            text_hash: key.textHash,
            source_name: input.source?.name ?? null,
            source_url: input.source?.url ?? null,
            reliability: input.source?.reliability ?? 'F6',
            tags: input.tags ?? [],
            score: results[i]!.score,
            risk_factors: JSON.stringify(results[i]!.riskFactors),
            crimes: JSON.stringify(results[i]!.crimes),
            catalog_version: results[i]!.catalogVersion,
            synthetic: options.synthetic ?? false,
            created_by: actor.username,
          })),
        );
        const hits: NewHitRow[] = fresh.flatMap((_, i) =>
          results[i]!.hits.map((hit) => hitToRow(ids[i]!.id, hit)),
        );
        for (let i = 0; i < hits.length; i += HITS_PER_INSERT)
          await insertHits(trx, hits.slice(i, i + HITS_PER_INSERT));
        await deps.risk.applyReports(
          trx,
          fresh.map(({ input }, i) => ({
            country: input.country,
            date: input.date,
            reliability: input.source?.reliability ?? 'F6',
            riskFactors: results[i]!.riskFactors,
            crimes: results[i]!.crimes,
          })),
        );
        // Resolve the placeholders: stored reports get their ids, in-chunk duplicates the id of their first copy.
        const resolve = (id: string) => (id.startsWith('pending:') ? ids[Number(id.slice(8))]!.id : id);
        let next = 0;
        return outcomes.map((o) =>
          o.status === 'stored'
            ? { status: 'stored', id: ids[next]!.id, input: o.input, result: results[next++]! }
            : { ...o, id: resolve(o.id) },
        );
      });
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
    }
  }
}

/** The duplicate keys seen so far: external ids, and (country, date, text hash) triples. */
class KnownKeys {
  private byExternal = new Map<string, string>();
  private byText = new Map<string, string>();

  constructor(
    rows: Array<{
      id: string;
      external_id: string | null;
      country: string;
      report_date: string;
      text_hash: string;
    }>,
  ) {
    for (const r of rows) {
      this.add(
        { externalId: r.external_id, country: r.country.trim(), date: r.report_date, textHash: r.text_hash },
        r.id,
      );
    }
  }

  add(key: DuplicateKey, id: string): void {
    if (key.externalId) this.byExternal.set(key.externalId, id);
    this.byText.set(`${key.country}|${key.date}|${key.textHash}`, id);
  }

  find(key: DuplicateKey): string | undefined {
    return (
      (key.externalId ? this.byExternal.get(key.externalId) : undefined) ??
      this.byText.get(`${key.country}|${key.date}|${key.textHash}`)
    );
  }
}
