import type { Migration } from 'kysely';
import * as createAuthAndAudit from './2026_11_23_1200_create_auth_and_audit.ts';
import * as createReportsAndHits from './2026_11_23_1400_create_reports_and_hits.ts';
import * as createCountryDays from './2026_11_23_1500_create_country_days.ts';
import * as createJobs from './2026_11_23_1600_create_jobs.ts';
import * as createStructuralRisk from './2026_11_23_1700_create_structural_risk.ts';
import * as createHitReviews from './2026_11_23_1800_create_hit_reviews.ts';
import * as createAlerts from './2026_11_23_1900_create_alerts.ts';
import * as createProtectedNames from './2026_11_23_2000_create_protected_names.ts';

/**
 * Every migration, in order. A static list (not a directory scan) so the same set runs under tsx, vitest and
 * a bundler, and a missing file is a type error rather than a silently skipped migration.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_23_1200_create_auth_and_audit': createAuthAndAudit,
  '2026_11_23_1400_create_reports_and_hits': createReportsAndHits,
  '2026_11_23_1500_create_country_days': createCountryDays,
  '2026_11_23_1600_create_jobs': createJobs,
  '2026_11_23_1700_create_structural_risk': createStructuralRisk,
  '2026_11_23_1800_create_hit_reviews': createHitReviews,
  '2026_11_23_1900_create_alerts': createAlerts,
  '2026_11_23_2000_create_protected_names': createProtectedNames,
};
