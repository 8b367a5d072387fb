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
        // Each report resolves to a stored id (a duplicate of the database) or to the index of the first copy of
        // it in this chunk, which is the one inserted.
        const known = new KnownKeys<Target>();
        for (const r of await findDuplicateReports(
          trx,
          keyed.map((k) => k.key),
        )) {
          const key = {
            externalId: r.external_id,
            country: r.country.trim(),
            date: r.report_date,
            textHash: r.text_hash,
          };
          known.add(key, { id: r.id });
        }
        const fresh: typeof keyed = [];
        const plan = keyed.map(({ input, key }) => {
          const target = known.find(key);
          if (target) return { input, target, first: false };
          const created = { fresh: fresh.length };
          known.add(key, created);
          fresh.push({ input, key });
          return { input, target: created, first: true };
        });
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
        return plan.map(({ input, target, first }): StoreOutcome => {
          if ('id' in target) return { status: 'duplicate', id: target.id, input };
          const id = ids[target.fresh]!.id;
          return first
            ? { status: 'stored', id, input, result: results[target.fresh]! }
            : { status: 'duplicate', id, input };
        });
      });
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
    }
  }
}

type Target = { id: string } | { fresh: number };

/** The duplicate keys seen so far, external ids and (country, date, text hash) triples, each with its report. */
class KnownKeys<T> {
  private byExternal = new Map<string, T>();
  private byText = new Map<string, T>();

  add(key: DuplicateKey, value: T): void {
    if (key.externalId) this.byExternal.set(key.externalId, value);
    this.byText.set(`${key.country}|${key.date}|${key.textHash}`, value);
  }

  find(key: DuplicateKey): T | undefined {
    return (
      (key.externalId ? this.byExternal.get(key.externalId) : undefined) ??
      this.byText.get(`${key.country}|${key.date}|${key.textHash}`)
    );
  }
}
