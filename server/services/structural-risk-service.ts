import type { Kysely } from 'kysely';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import { listStructuralRisk, replaceStructuralRisk } from '../../db/queries/structural-risk.ts';
import type { Database } from '../../db/schema.ts';
import { isCountryCode } from '../../indicators/countries.ts';
import { isEwpRowError, parseEwpForecasts } from '../ewp/parse-ewp-forecasts.ts';
import type { Actor } from './principal.ts';

export const EWP_SOURCE = 'ewp';

export interface StructuralRisk {
  source: string;
  risk: number;
  rank: number | null;
  forecastWindow: string;
  baseYear: number;
}

/**
 * The Early Warning Project's statistical forecasts (the base rate) beside the report-based score. An import
 * replaces the previous one whole, in one transaction, and is audited.
 */
export function createStructuralRiskService(deps: { db: Kysely<Database> }) {
  return {
    async importEwp(actor: Actor, input: AsyncIterable<string | Uint8Array> | string) {
      const rows: Parameters<typeof replaceStructuralRisk>[2] = [];
      const problems: Array<{ line: number; message: string }> = [];
      for await (const item of parseEwpForecasts(input)) {
        if (isEwpRowError(item)) {
          problems.push({
            line: item.line,
            message: 'message' in item ? item.message : `${item.error} (${item.ewpName})`,
          });
        } else if (!isCountryCode(item.iso3)) {
          // Kosovo (XKX) has no ISO 3166 code: no report can be filed for it, so its forecast would show nowhere.
          problems.push({
            line: 0,
            message: `${item.ewpName} (${item.iso3}) is not an ISO 3166 country: skipped`,
          });
        } else {
          rows.push({
            country: item.iso3,
            risk: item.risk,
            rank: item.rank ?? null,
            forecast_window: item.forecastWindow,
            base_year: item.baseYear,
            imported_by: actor.username,
          });
        }
      }
      await deps.db.transaction().execute(async (trx) => {
        await replaceStructuralRisk(trx, EWP_SOURCE, rows);
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'structural_risk.import',
          targetType: 'structural_risk',
          targetId: EWP_SOURCE,
          details: { countries: rows.length, problems: problems.length },
          requestId: actor.requestId,
        });
      });
      return { imported: rows.length, problems };
    },

    async byCountry(): Promise<Map<string, StructuralRisk>> {
      const rows = await listStructuralRisk(deps.db, EWP_SOURCE);
      return new Map(
        rows.map((r) => [
          r.country.trim(),
          {
            source: r.source,
            risk: r.risk,
            rank: r.rank,
            forecastWindow: r.forecast_window,
            baseYear: r.base_year,
          },
        ]),
      );
    },
  };
}

export type StructuralRiskService = ReturnType<typeof createStructuralRiskService>;
