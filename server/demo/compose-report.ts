import type { TriggerKind } from './demo-countries.ts';
import { type Cast, fillTemplate, type SentenceScene } from './fill-template.ts';
import type { LanguagePack, ReportKind, Tier, Topics } from './language-pack.ts';
import type { Rng } from './prng.ts';

export interface ReportBrief {
  /** The country's latent risk on the report's date, 0–1. */
  risk: number;
  /** A trigger the report should mention, when its date is close to the scenario's trigger. */
  trigger?: { kind: TriggerKind; phase: 'onset' | 'after' } | undefined;
}

export interface ComposedReport {
  kind: ReportKind;
  title: string;
  text: string;
  /** Topic keys of the sentences used (English, the same in every language): they become tags. */
  topics: string[];
  /** What the report is mainly about; its headline says so. */
  tier: Tier;
}

/** Texts stay within the range real situation reports have and the loader expects. */
const MAX_CHARS = 1500;

/** Quiet weeks make short notes; incidents make long reports. Target lengths in characters, [min, max). */
const TARGET_CHARS: Readonly<Record<Tier, readonly [number, number]>> = {
  calm: [450, 800],
  warning: [550, 1100],
  violence: [700, 1300],
};

/**
 * How likely a report is to be mainly calm, a warning or about violence at a given latent risk, interpolated
 * between anchors. Calm countries still get the odd warning, and even a war has quiet weeks.
 */
const TIER_MIX: readonly { risk: number; calm: number; warning: number; violence: number }[] = [
  { risk: 0, calm: 0.97, warning: 0.03, violence: 0 },
  { risk: 0.2, calm: 0.85, warning: 0.15, violence: 0 },
  { risk: 0.4, calm: 0.5, warning: 0.42, violence: 0.08 },
  { risk: 0.6, calm: 0.22, warning: 0.43, violence: 0.35 },
  { risk: 0.8, calm: 0.1, warning: 0.3, violence: 0.6 },
  { risk: 1, calm: 0.05, warning: 0.2, violence: 0.75 },
];

function tierWeights(risk: number): (readonly [Tier, number])[] {
  const upper = Math.max(
    1,
    TIER_MIX.findIndex((anchor) => anchor.risk >= risk),
  );
  const hi = TIER_MIX[upper]!;
  const lo = TIER_MIX[upper - 1]!;
  const t = Math.min(1, Math.max(0, (risk - lo.risk) / (hi.risk - lo.risk)));
  const mix = (tier: Tier) => lo[tier] + (hi[tier] - lo[tier]) * t;
  return [
    ['calm', mix('calm')],
    ['warning', mix('warning')],
    ['violence', mix('violence')],
  ];
}

/**
 * The sentences of a report mostly match its tier, with some context from the tier below: a violence report
 * also covers the warning signs around it, a warning report the ordinary news it interrupts.
 */
function sentenceTiers(tier: Tier, risk: number): (readonly [Tier, number])[] {
  if (tier === 'violence')
    return [
      ['violence', 0.65],
      ['warning', 0.35],
    ];
  if (tier === 'warning')
    return [
      ['warning', 0.7],
      ['calm', 0.3],
    ];
  return [
    ['calm', 1 - risk / 4],
    ['warning', risk / 4],
  ];
}

const KIND_MIX: Readonly<Record<Tier, readonly (readonly [ReportKind, number])[]>> = {
  calm: [
    ['weekly', 0.6],
    ['monthly', 0.4],
  ],
  warning: [
    ['weekly', 0.6],
    ['flash', 0.4],
  ],
  violence: [
    ['flash', 0.6],
    ['weekly', 0.4],
  ],
};

/** Calm topics that sit naturally beside alarming news; "elections held peacefully" or "no incidents" do not. */
const BACKGROUND_TOPICS: readonly string[] = ['development', 'economy'];

/**
 * Topics a report may draw on next: ones it has not covered yet, so a report reads as a round-up rather than
 * a list of near-duplicates; and in a warning report, only calm news that does not contradict the warnings.
 */
function topicsFor(bank: Topics, background: boolean, covered: readonly string[]): string[] {
  const allowed = Object.keys(bank).filter((topic) => !background || BACKGROUND_TOPICS.includes(topic));
  const fresh = allowed.filter((topic) => !covered.includes(topic));
  return fresh.length > 0 ? fresh : allowed;
}

export function composeReport(pack: LanguagePack, cast: Cast, brief: ReportBrief, rng: Rng): ComposedReport {
  const { templates } = pack;
  const drawn = rng.weighted(tierWeights(brief.risk));
  // A report written in the days after a coup or a disputed election cannot be a routine calm note.
  const alarming = brief.trigger?.phase === 'onset' && brief.trigger.kind !== 'peace-agreement';
  const tier: Tier = alarming && drawn === 'calm' ? 'warning' : drawn;
  const kind = rng.weighted(KIND_MIX[tier]);
  const scene: SentenceScene = { cast, place: rng.pick(cast.places), risk: brief.risk, mentioned: false };
  const fill = (template: string) => fillTemplate(template, pack, scene, rng);

  const opening = [fill(rng.pick(templates.intro[kind]))];
  if (brief.trigger) opening.push(fill(rng.pick(templates.trigger[brief.trigger.kind][brief.trigger.phase])));

  const target = rng.between(...TARGET_CHARS[tier]);
  const body: string[] = [];
  const topics: string[] = [];
  const used = new Set<string>();
  let length = templates.marker.length + 2 + opening.join(' ').length;
  for (let attempt = 0; attempt < 40 && length < target; attempt++) {
    // The first sentence is always of the report's own tier, so the headline is never wrong.
    const sentenceTier = body.length === 0 ? tier : rng.weighted(sentenceTiers(tier, brief.risk));
    const bank = templates[sentenceTier];
    const background = tier !== 'calm' && sentenceTier === 'calm';
    const topic = rng.pick(topicsFor(bank, background, topics));
    const template = rng.pick(bank[topic]!);
    if (used.has(template)) continue;
    const sentence = fill(template);
    if (length + sentence.length + 1 > MAX_CHARS - 150) break;
    used.add(template);
    body.push(sentence);
    length += sentence.length + 1;
    if (!topics.includes(topic)) topics.push(topic);
  }

  // Denials answer allegations, so they come with warnings and violence, more often as risk grows.
  const fits = (sentence: string) => length + sentence.length + 2 <= MAX_CHARS;
  if (tier !== 'calm' && rng.chance(0.15 + 0.25 * brief.risk)) {
    const denial = fill(rng.pick(templates.denial));
    if (fits(denial)) {
      body.push(denial);
      length += denial.length + 1;
    }
  }
  const closing = rng.chance(0.6) ? fill(rng.pick(templates.closing)) : undefined;
  const ending = closing !== undefined && fits(closing) ? [closing] : [];

  const text = [templates.marker, [...opening, ...body].join(' '), ...ending].join('\n\n');
  const headline = rng.pick(templates.headline[tier]);
  const title = `[DEMO] ${templates.kindTitle[kind]}: ${headline} — ${scene.place[0]}`;
  return { kind, title, text, topics, tier };
}
