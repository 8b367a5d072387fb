import type { DatabaseHandle } from '../../db/client.ts';
import type { Logger } from '../logger.ts';
import { createAuditService } from './audit-service.ts';
import { createAuthService } from './auth-service.ts';
import { createBulkIngestService } from './bulk-ingest-service.ts';
import { createJobsService } from './jobs-service.ts';
import type { PasswordHasher } from './password-hasher.ts';
import { createReportsService } from './reports-service.ts';
import { createRescoreService } from './rescore-service.ts';
import { createRiskService } from './risk-service.ts';
import { createScoringService } from './scoring-service.ts';
import { createStructuralRiskService } from './structural-risk-service.ts';
import { createTokensService } from './tokens-service.ts';
import { createUsersService } from './users-service.ts';

export interface ServiceDeps {
  database: DatabaseHandle;
  passwords: PasswordHasher;
  now: () => Date;
  sessionHours: number;
  logger: Logger;
}

/** Wires every use case to the database once; routes receive only the services they use. */
export function createServices(deps: ServiceDeps) {
  const db = deps.database.db;
  const scoring = createScoringService();
  const structural = createStructuralRiskService({ db });
  const risk = createRiskService({ db, structural });
  const rescore = createRescoreService({ db, scoring, risk });
  return {
    auth: createAuthService({
      db,
      passwords: deps.passwords,
      now: deps.now,
      sessionHours: deps.sessionHours,
    }),
    users: createUsersService({ db, passwords: deps.passwords }),
    tokens: createTokensService({ db, now: deps.now }),
    audit: createAuditService({ db }),
    scoring,
    risk,
    structural,
    reports: createReportsService({ db, scoring, risk }),
    bulk: createBulkIngestService({ db, scoring, risk }),
    rescore,
    jobs: createJobsService({
      db,
      logger: deps.logger,
      handlers: { rescore: async (report) => ({ ...(await rescore.run((p) => void report(p))) }) },
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
