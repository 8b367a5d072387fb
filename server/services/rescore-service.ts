import type { Kysely } from 'kysely';
import { rejectedKeys, reviewKeyString } from '../../db/queries/hit-reviews.ts';
import { insertHits } from '../../db/queries/reports.ts';
import type { Database } from '../../db/schema.ts';
import { aggregate } from '../../indicators/scorer/aggregate.ts';
import { hitToRow } from './report-mapping.ts';
import type { RiskService } from './risk-service.ts';
import type { ScoringService } from './scoring-service.ts';

export interface RescoreProgress {
  total: number;
  done: number;
  countries: number;
}

const PAGE = 200;

/**
 * Re-scores every report that the current catalog version did not score, a page per transaction (a crash
 * loses at most one page, and running again continues where it stopped), then rebuilds the daily aggregates
 * of every country that changed, so the series follow the new scores.
 */
export function createRescoreService(deps: {
  db: Kysely<Database>;
  scoring: ScoringService;
  risk: RiskService;
}) {
  return {
    async pending(): Promise<number> {
      const row = await deps.db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('catalog_version', '<>', deps.scoring.catalog().version)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * `resumed`: an earlier run was cut off. The pages it rescored are committed, but the aggregates of their
     * countries were to be rebuilt at its end, which it never reached; those reports are no longer pending, so
     * this run rebuilds every country's aggregates, not only those of the reports it rescores.
     */
    async run(
      onProgress: (p: RescoreProgress) => void | Promise<void> = () => {},
      options: { resumed?: boolean } = {},
    ): Promise<RescoreProgress> {
      const version = deps.scoring.catalog().version;
      const progress: RescoreProgress = { total: await this.pending(), done: 0, countries: 0 };
      await onProgress({ ...progress });
      const countries = new Set<string>();
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const page = await deps.db
          .selectFrom('reports')
          .select(['id', 'country', 'report_date', 'text', 'lang', 'scored'])
          .where('catalog_version', '<>', version)
          .where('id', '>', after)
          .orderBy('id')
          .limit(PAGE)
          .execute();
        if (page.length === 0) break;
        await deps.db.transaction().execute(async (trx) => {
          const rejected = await rejectedKeys(
            trx,
            page.map((r) => r.id),
          );
          for (const report of page) {
            // A scored report keeps its language; an unscored one is detected again (the catalog may now cover it).
            const lang = report.scored ? report.lang : undefined;
            const result = deps.scoring.score(report.text, { lang, date: report.report_date });
            // Reviews judge an indicator on a sentence, so they outlive the hit rows: a hit an analyst
            // rejected stays out of the report's values after the rescore too.
            const rejectedHere = rejected.get(report.id);
            const values = rejectedHere
              ? aggregate(
                  result.hits.filter(
                    (h) =>
                      !rejectedHere.has(
                        reviewKeyString({
                          indicator_id: h.indicatorId,
                          evidence_start: h.evidence.start,
                          evidence_end: h.evidence.end,
                        }),
                      ),
                  ),
                )
              : result;
            await trx
              .updateTable('reports')
              .set({
                lang: result.lang,
                scored: result.scored,
                score: values.score,
                risk_factors: JSON.stringify(values.riskFactors),
                crimes: JSON.stringify(values.crimes),
                catalog_version: result.catalogVersion,
              })
              .where('id', '=', report.id)
              .execute();
            await trx.deleteFrom('hits').where('report_id', '=', report.id).execute();
            await insertHits(
              trx,
              result.hits.map((hit) => hitToRow(report.id, hit)),
            );
            countries.add(report.country);
          }
        });
        after = page.at(-1)!.id;
        progress.done += page.length;
        await onProgress({ ...progress });
      }
      if (options.resumed) {
        for (const { country } of await deps.db.selectFrom('reports').select('country').distinct().execute())
          countries.add(country.trim());
      }
      for (const country of countries) {
        await deps.db.transaction().execute((trx) => deps.risk.recomputeCountry(trx, country));
        progress.countries++;
        await onProgress({ ...progress });
      }
      return progress;
    },
  };
}

export type RescoreService = ReturnType<typeof createRescoreService>;
