// The catalog as the server, the CLI and the tests use it: the data of catalog-data.ts, validated by the zod
// schemas of catalog-schema.ts when this module loads.
import { catalogIndicators, catalogVersion, type VersionedCatalog } from './catalog-data.ts';
import { parseCatalog } from './catalog-schema.ts';

export { catalogVersion, type VersionedCatalog } from './catalog-data.ts';
export { CRIME_CODES, type Crime, type CrimeCode, crimes } from './crimes.ts';
export {
  citableFrameworkIndicators,
  RF_CODES,
  type RFCode,
  type RiskFactor,
  type RiskFactorScope,
  riskFactors,
} from './risk-factors.ts';
export {
  enumeratedActs,
  findAct,
  otherProvisions,
  type RomeStatuteAct,
  romeStatuteActs,
} from './rome-statute-acts.ts';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// Validated at module load: a malformed indicator must fail the build and every test, not a scoring run.
const { indicators } = parseCatalog({ indicators: catalogIndicators });

/** The validated, frozen catalog. Frozen because the version is computed once and must stay true. */
export const catalog: VersionedCatalog = deepFreeze({ version: catalogVersion(indicators), indicators });
