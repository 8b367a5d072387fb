import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ReportInput } from '../contract/reports.ts';
import { generateDemoReports } from '../demo/generate-demo-reports.ts';
import { CHUNK_SIZE } from './bulk-ingest-service.ts';
import { storeReports } from './report-store.ts';
import type { RiskService } from './risk-service.ts';
import type { ScoringService } from './scoring-service.ts';

/**
 * Fills an empty database with the synthetic demo data set (server/demo), stored like any upload but flagged
 * `synthetic`, so a new user sees a living dashboard and every view and export can mark it. Does nothing when
 * the database already holds a report.
 */
export async function loadDemoIfEmpty(
  deps: { db: Kysely<Database>; scoring: ScoringService; risk: RiskService },
  options: { endDate: string; onProgress?: (stored: number) => void },
): Promise<number> {
  const any = await deps.db.selectFrom('reports').select('id').limit(1).executeTakeFirst();
  if (any) return 0;
  let stored = 0;
  let chunk: ReportInput[] = [];
  const flush = async () => {
    const outcomes = await storeReports(deps, { username: 'demo-loader' }, chunk, { synthetic: true });
    stored += outcomes.filter((o) => o.status === 'stored').length;
    chunk = [];
    options.onProgress?.(stored);
  };
  for (const { synthetic: _synthetic, ...report } of generateDemoReports({ endDate: options.endDate })) {
    chunk.push(report);
    if (chunk.length >= CHUNK_SIZE) await flush();
  }
  if (chunk.length) await flush();
  return stored;
}
