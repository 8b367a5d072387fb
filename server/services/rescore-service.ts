import type { Kysely } from 'kysely';
import { insertHits } from '../../db/queries/reports.ts';
import type { Database } from '../../db/schema.ts';
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

    async run(onProgress: (p: RescoreProgress) => void = () => {}): Promise<RescoreProgress> {
      const version = deps.scoring.catalog().version;
      const progress: RescoreProgress = { total: await this.pending(), done: 0, countries: 0 };
      onProgress(progress);
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
          for (const report of page) {
            // A scored report keeps its language; an unscored one is detected again (the catalog may now cover it).
            const lang = report.scored ? report.lang : undefined;
            const result = deps.scoring.score(report.text, { lang, date: report.report_date });
            await trx
              .updateTable('reports')
              .set({
                lang: result.lang,
                scored: result.scored,
                score: result.score,
                risk_factors: JSON.stringify(result.riskFactors),
                crimes: JSON.stringify(result.crimes),
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
        onProgress(progress);
      }
      for (const country of countries) {
        await deps.db.transaction().execute((trx) => deps.risk.recomputeCountry(trx, country));
        progress.countries++;
        onProgress(progress);
      }
      return progress;
    },
  };
}

export type RescoreService = ReturnType<typeof createRescoreService>;
