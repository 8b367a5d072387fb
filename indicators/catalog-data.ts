import { attackOnCivilianPopulation } from './catalog/attack-on-civilian-population.ts';
import { crimesAgainstHumanityLifeAndLiberty } from './catalog/crimes-against-humanity-life-and-liberty.ts';
import { crimesAgainstHumanityPersecution } from './catalog/crimes-against-humanity-persecution.ts';
import { crimesAgainstHumanitySexualViolence } from './catalog/crimes-against-humanity-sexual-violence.ts';
import { frameworkAccountability } from './catalog/framework-accountability.ts';
import { frameworkCapacity } from './catalog/framework-capacity.ts';
import { frameworkEnablingMeasures } from './catalog/framework-enabling-measures.ts';
import { frameworkIhlThreats } from './catalog/framework-ihl-threats.ts';
import { frameworkInstability } from './catalog/framework-instability.ts';
import { frameworkIntergroup } from './catalog/framework-intergroup.ts';
import { frameworkMitigatingFactors } from './catalog/framework-mitigating-factors.ts';
import { frameworkMitigatingInternational } from './catalog/framework-mitigating-international.ts';
import { frameworkMotives } from './catalog/framework-motives.ts';
import {
  civicSpaceAndConditions,
  frameworkMotivesAndPolicy,
} from './catalog/framework-motives-and-policy.ts';
import { frameworkPreparatoryAction } from './catalog/framework-preparatory-action.ts';
import { frameworkSocialEconomicInstability } from './catalog/framework-social-economic-instability.ts';
import { frameworkStateWeakness } from './catalog/framework-state-weakness.ts';
import { frameworkTriggers } from './catalog/framework-triggers.ts';
import { frameworkTriggersCivic } from './catalog/framework-triggers-civic.ts';
import { frameworkViolationsRecord } from './catalog/framework-violations-record.ts';
import { genocideActs } from './catalog/genocide-acts.ts';
import { genocideIntent } from './catalog/genocide-intent.ts';
import { humanitarianAndPeacekeeping } from './catalog/humanitarian-and-peacekeeping.ts';
import { incitement } from './catalog/incitement.ts';
import { incitementChannels } from './catalog/incitement-channels.ts';
import { planOrPolicy } from './catalog/plan-or-policy.ts';
import { warCrimesChildrenAndDisplacement } from './catalog/war-crimes-children-and-displacement.ts';
import { warCrimesConductOfHostilities } from './catalog/war-crimes-conduct-of-hostilities.ts';
import { warCrimesPerfidyAndQuarter } from './catalog/war-crimes-perfidy-and-quarter.ts';
import { warCrimesPersons } from './catalog/war-crimes-persons.ts';
import { warCrimesProperty } from './catalog/war-crimes-property.ts';
import { warCrimesProtectedObjects } from './catalog/war-crimes-protected-objects.ts';
import { warCrimesWeapons } from './catalog/war-crimes-weapons.ts';
import type { Indicator } from './catalog-schema.ts';
import { canonicalJson, fnv1a64 } from './content-hash.ts';

// The indicators exactly as the theme files write them, and how their version is computed, without the zod
// schemas: the browser's live preview (web/src/scoring/local-scorer.ts) scores with this and leaves zod out
// of its bundle (zod alone was a fifth of that chunk). Everything else imports `catalog.ts`, which validates
// this same data when it loads, so a malformed indicator still fails every test and the server's start.

/** The catalog the scorer runs on, with the version that identifies its exact content. */
export interface VersionedCatalog {
  readonly version: string;
  readonly indicators: readonly Indicator[];
}

/**
 * The catalog version: FNV-1a 64-bit (see content-hash.ts) of the canonical JSON of the indicators, as
 * 16 hex digits. Any change to an indicator, including its rules, changes it; stored scores carry it so
 * a score can always be traced to the catalog that produced it.
 */
export function catalogVersion(indicators: readonly Indicator[]): string {
  return fnv1a64(canonicalJson({ indicators }));
}

/**
 * Every indicator, not validated: import `catalog` from `catalog.ts` instead, unless zod must stay out (the
 * browser). Order is part of the content (and so of the version): by crime, then the Framework's factors.
 */
export const catalogIndicators: readonly Indicator[] = [
  ...genocideActs,
  ...genocideIntent,
  ...incitement,
  ...incitementChannels,
  ...crimesAgainstHumanityLifeAndLiberty,
  ...crimesAgainstHumanitySexualViolence,
  ...crimesAgainstHumanityPersecution,
  ...attackOnCivilianPopulation,
  ...planOrPolicy,
  ...warCrimesPersons,
  ...warCrimesProperty,
  ...warCrimesConductOfHostilities,
  ...warCrimesPerfidyAndQuarter,
  ...warCrimesProtectedObjects,
  ...warCrimesWeapons,
  ...warCrimesChildrenAndDisplacement,
  ...humanitarianAndPeacekeeping,
  ...frameworkInstability,
  ...frameworkSocialEconomicInstability,
  ...frameworkViolationsRecord,
  ...frameworkAccountability,
  ...frameworkMotivesAndPolicy,
  ...civicSpaceAndConditions,
  ...frameworkStateWeakness,
  ...frameworkMotives,
  ...frameworkCapacity,
  ...frameworkMitigatingFactors,
  ...frameworkMitigatingInternational,
  ...frameworkEnablingMeasures,
  ...frameworkPreparatoryAction,
  ...frameworkTriggers,
  ...frameworkTriggersCivic,
  ...frameworkIntergroup,
  ...frameworkIhlThreats,
];
