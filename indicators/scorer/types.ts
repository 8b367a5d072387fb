import type { CrimeCode } from '../crimes.ts';
import type { RFCode } from '../risk-factors.ts';

/** A quoted sentence of the report, with offsets into the original text (not a folded copy). */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** A span of the original text: the words that made an indicator fire, for highlighting. */
export interface Span {
  start: number;
  end: number;
}

/** A mention of a group protected by art. 6 (national, ethnic, racial, religious) in the hit's sentence. */
export interface GroupMention extends Span {
  text: string;
  kind: 'national' | 'ethnic' | 'racial' | 'religious';
}

/** One indicator that fired on one sentence (api-contract `Hit`, plus the fields that explain it). */
export interface Hit {
  indicatorId: string;
  riskFactors: RFCode[];
  crimes: CrimeCode[];
  legalBasis: string[];
  evidence: Evidence;
  /** The sentence denies or negates it ("no civilians were killed"): listed, adds nothing. */
  negated: boolean;
  /** What the hit adds: the indicator's weight × the magnitude factor; 0 when negated or not current. */
  weight: number;
  /** `historical` or `fiction` sentences are listed but add nothing: they are not current events. */
  context: 'current' | 'historical' | 'fiction';
  matches: Span[];
  /** The largest number of people the sentence gives near the trigger, if any. */
  magnitude: number | null;
  groups: GroupMention[];
}

export interface ScoreResult {
  /** `en`, `es`, or the tag of a language that was not scored (`fr`, `ar`, `und` …). */
  lang: string;
  /** False when the text is in a language the catalog does not cover: then nothing was matched. */
  scored: boolean;
  notice?: string;
  catalogVersion: string;
  hits: Hit[];
  riskFactors: Record<RFCode, number>;
  crimes: Record<CrimeCode, number>;
  score: number;
}
