import type { DatabaseHandle } from '../../db/client.ts';
import type { Logger } from '../logger.ts';
import { createAlertEngine } from './alert-engine.ts';
import { createAlertWorker } from './alert-worker.ts';
import { createAlertsService } from './alerts-service.ts';
import { createAuditService } from './audit-service.ts';
import { createAuthService } from './auth-service.ts';
import { createBackupService } from './backup-service.ts';
import { createBriefingService } from './briefing-service.ts';
import { createBulkIngestService } from './bulk-ingest-service.ts';
import { createJobsService } from './jobs-service.ts';
import type { PasswordHasher } from './password-hasher.ts';
import { createReportsService } from './reports-service.ts';
import { createRescoreService } from './rescore-service.ts';
import { createReviewService } from './review-service.ts';
import { createRiskService } from './risk-service.ts';
import { createScoringService } from './scoring-service.ts';
import { createStructuralRiskService } from './structural-risk-service.ts';
import { createThresholdsService } from './thresholds-service.ts';
import { createTokensService } from './tokens-service.ts';
import { createUsersService } from './users-service.ts';
import { createWebhooksService } from './webhooks-service.ts';

export interface ServiceDeps {
  database: DatabaseHandle;
  passwords: PasswordHasher;
  now: () => Date;
  sessionHours: number;
  logger: Logger;
  /** For webhook deliveries; tests can observe or fail them. */
  fetch?: typeof fetch | undefined;
}

/** Wires every use case to the database once; routes receive only the services they use. */
export function createServices(deps: ServiceDeps) {
  const db = deps.database.db;
  const scoring = createScoringService();
  const structural = createStructuralRiskService({ db });
  const risk = createRiskService({ db, structural });
  const rescore = createRescoreService({ db, scoring, risk });
  const webhooks = createWebhooksService({ db, logger: deps.logger, now: deps.now, fetch: deps.fetch });
  const engine = createAlertEngine({ db, risk, webhooks, now: deps.now, logger: deps.logger });
  const alerts = createAlertsService({ db, webhooks });
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
    backup: createBackupService({ db, now: deps.now }),
    scoring,
    risk,
    structural,
    reports: createReportsService({ db, scoring, risk }),
    bulk: createBulkIngestService({ db, scoring, risk }),
    rescore,
    reviews: createReviewService({ db, risk }),
    webhooks,
    engine,
    alerts,
    briefings: createBriefingService({ db, risk, alerts, now: deps.now }),
    alertWorker: createAlertWorker({ engine, webhooks, logger: deps.logger, now: deps.now }),
    thresholds: createThresholdsService({ db, risk, engine, now: deps.now }),
    jobs: createJobsService({
      db,
      logger: deps.logger,
      handlers: { rescore: async (report, resumed) => ({ ...(await rescore.run(report, { resumed })) }) },
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
