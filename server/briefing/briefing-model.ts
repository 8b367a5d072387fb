import { CRIME_CODES, type CrimeCode, crimes } from '../../indicators/crimes.ts';
import { ICC_TABLE_SOURCE, type IccStanding } from '../../indicators/icc-states-parties.ts';
import { actionsFor, PILLAR_NAMES, PILLARS } from '../../indicators/leader-actions.ts';
import { thresholdDisplayName } from '../../indicators/risk/built-in-thresholds.ts';
import { levelOf, type RiskLevel } from '../../indicators/risk/risk-model.ts';
import { RF_CODES, type RFCode, riskFactors } from '../../indicators/risk-factors.ts';
import { findAct } from '../../indicators/rome-statute-acts.ts';
import { createRedactor } from './redact.ts';
import { type BriefingTexts, en, type SectionId } from './texts-en.ts';
import { es } from './texts-es.ts';
import { type TrendGeometry, type TrendPoint, trendGeometry } from './trend-path.ts';

/**
 * The briefing's content model: from the facts the service gathered (language-free) to the finished text of
 * every section in one language, with redaction applied. The renderers (HTML, Markdown, PDF, SMS) only lay it
 * out, so the four formats always say the same thing.
 */

export type BriefingLang = 'en' | 'es';
export type BriefingVariant = 'full' | 'handout';

export interface BriefingEvidence {
  indicatorId: string;
  riskFactors: readonly string[];
  crimes: readonly string[];
  legalBasis: readonly string[];
  text: string;
  date: string;
  title: string | null;
  source: { name: string; url: string | null } | null;
  synthetic: boolean;
  contribution: number;
  /** A hit of an incitement or hate-speech indicator (Framework 7.14, 8.7, 13.7, 10.1; art. 25(3)(e)). */
  incitement: boolean;
}

export interface BriefingAlert {
  thresholdName: string;
  metric: string;
  value: number;
  triggeredAt: string;
}

/** What the service gathers; everything a briefing says comes from here. */
export interface BriefingFacts {
  iso3: string;
  countryName: { en: string; es: string };
  from: string;
  to: string;
  issued: string;
  /** One point per week (and the period's last day), oldest first. */
  series: TrendPoint[];
  scoreFrom: number;
  scoreTo: number;
  riskFactorsFrom: Record<RFCode, number>;
  riskFactorsTo: Record<RFCode, number>;
  crimesTo: Record<CrimeCode, number>;
  /** Reports dated within the period. */
  reports: number;
  evidence: BriefingEvidence[];
  alerts: BriefingAlert[];
  standing: IccStanding;
  /** True when any report behind the figures is synthetic demo data. */
  synthetic: boolean;
  protectedNames: readonly string[];
}

export interface BriefingOptions {
  lang: BriefingLang;
  variant: BriefingVariant;
  redactSources: boolean;
}

export interface Quote {
  text: string;
  cite: string;
  url: string | null;
}

export type Block =
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'quotes'; items: Quote[] }
  | { kind: 'chart'; chart: TrendGeometry; alt: string; caption: string; labels: ChartLabels };

export interface ChartLabels {
  x: string[];
  y: string[];
  bands: string[];
}

export interface Section {
  id: SectionId;
  heading: string;
  blocks: Block[];
}

export interface BriefingDoc {
  lang: BriefingLang;
  variant: BriefingVariant;
  title: string;
  country: string;
  period: string;
  issued: string;
  level: RiskLevel | null;
  levelLine: string | null;
  synthetic: string | null;
  protection: string;
  sections: Section[];
  /** For the SMS: the parts of the summary, already in the language. */
  sms: { text: string };
  fileName: string;
}

export const TEXTS: Record<BriefingLang, BriefingTexts> = { en, es };

/** A risk factor counts as present from this value (as in the ranking's top factors). */
const PRESENT = 0.05;
/** A crime category counts as a risk from this value. */
const CRIME_RISK = 0.1;
const QUOTE_MAX = 240;

/** Factors that often come next when a factor is present: the "what to watch" list (Framework's dynamics). */
const NEXT_STEPS: Partial<Record<RFCode, RFCode[]>> = {
  RF1: ['RF7', 'RF8'],
  RF9: ['RF7', 'RF10'],
  RF4: ['RF7', 'RF12'],
  RF7: ['RF8', 'RF11', 'RF10'],
  RF8: ['RF11', 'RF13'],
  RF11: ['RF12'],
  RF13: ['RF14'],
  RF2: ['RF6'],
  RF3: ['RF6'],
};

export function buildBriefing(facts: BriefingFacts, options: BriefingOptions): BriefingDoc {
  const t = TEXTS[options.lang];
  const lang = options.lang;
  const dateFmt = new Intl.DateTimeFormat(t.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const date = (d: string) => dateFmt.format(new Date(`${d}T00:00:00Z`));
  const num = (v: number, digits = 1) =>
    new Intl.NumberFormat(t.locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);
  const country = facts.countryName[lang];
  const handout = options.variant === 'handout';

  // Source names are replaced wherever they appear (a quote may name its own source); marked people too.
  const sourceNames = [...new Set(facts.evidence.flatMap((e) => (e.source ? [e.source.name] : [])))].filter(
    (n) => n.trim().length >= 2,
  );
  const redactor = createRedactor(
    options.redactSources ? sourceNames.map((name) => ({ name, replacement: `[${t.sourceWithheld}]` })) : [],
  );
  const namesRedactor = createRedactor(
    options.redactSources ? facts.protectedNames.map((name) => ({ name, replacement: t.nameWithheld })) : [],
  );
  const clean = (text: string) => redactor.apply(namesRedactor.apply(text));
  const quoteOf = (e: BriefingEvidence): Quote => ({
    text: clean(shorten(e.text)),
    cite: t.cite(
      e.title ? clean(e.title) : null,
      options.redactSources ? t.sourceWithheld : (e.source?.name ?? t.sourceWithheld),
      date(e.date),
    ),
    url: options.redactSources ? null : (e.source?.url ?? null),
  });

  const hasData = facts.reports > 0 || facts.evidence.length > 0;
  const level = levelOf(facts.scoreTo);
  const delta = Math.round((facts.scoreTo - facts.scoreFrom) * 10) / 10;
  const change = t.change(delta, num(Math.abs(delta)), date(facts.from));
  const present = RF_CODES.filter((rf) => facts.riskFactorsTo[rf] >= PRESENT).sort(
    (a, b) => facts.riskFactorsTo[b] - facts.riskFactorsTo[a],
  );
  const rfName = (rf: RFCode) => riskFactors.find((f) => f.code === rf)!.name[lang];
  const crimeRisks = CRIME_CODES.filter((c) => facts.crimesTo[c] >= CRIME_RISK);
  const incitement = facts.evidence.filter((e) => e.incitement);
  const sections: Section[] = [];

  // In brief
  const summary: Block[] = [];
  if (hasData) {
    summary.push({
      kind: 'paragraph',
      text: t.summary({
        country,
        level: t.level[level],
        score: num(facts.scoreTo),
        date: date(facts.to),
        change,
        reports: reportsPhrase(lang, facts.reports, num),
        from: date(facts.from),
        to: date(facts.to),
      }),
    });
    const top = present.slice(0, 3).map((rf) => t.rfShort[rf]);
    summary.push({
      kind: 'paragraph',
      text: top.length ? t.summaryFactors(joinList(lang, top)) : t.summaryNoFactors,
    });
    if (crimeRisks.length) {
      summary.push({
        kind: 'paragraph',
        text: t.summaryCrimes(
          joinList(
            lang,
            crimeRisks.map((c) => t.crime[c].name.toLowerCase()),
          ),
        ),
      });
    }
  } else {
    summary.push({ kind: 'paragraph', text: t.noReports(country, date(facts.from), date(facts.to)) });
    summary.push({ kind: 'paragraph', text: t.noReportsHint });
  }
  summary.push({ kind: 'paragraph', text: t.notAFinding, emphasis: true });
  sections.push({ id: 'summary', heading: t.sections.summary, blocks: summary });

  // Trend
  const chart = trendGeometry(
    facts.series,
    { from: facts.from, to: facts.to },
    handout ? { width: 515, height: 120 } : { width: 515, height: 170 },
    handout ? 4 : 6,
  );
  const shortDate = new Intl.DateTimeFormat(t.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const first = facts.series[0]?.score ?? 0;
  sections.push({
    id: 'trend',
    heading: t.sections.trend,
    blocks: [
      {
        kind: 'chart',
        chart,
        alt: t.chartAlt(country, date(facts.from), date(facts.to), num(first), num(facts.scoreTo)),
        caption: hasData ? t.chartCaption : t.chartNoData,
        labels: {
          x: chart.xTicks.map((tick) => shortDate.format(new Date(`${tick.date}T00:00:00Z`))),
          y: chart.yTicks.map((tick) => num(tick.value, 0)),
          bands: chart.bands.map((b) => t.level[b.level]),
        },
      },
    ],
  });

  // Warning signs, with the strongest quotes
  const used = new Set<BriefingEvidence>();
  const rfBlocks: Block[] = [{ kind: 'paragraph', text: t.rfIntro }];
  for (const rf of present.slice(0, handout ? 3 : 6)) {
    const v = facts.riskFactorsTo[rf];
    const strength = v >= 0.5 ? t.strength.strong : v >= 0.2 ? t.strength.clear : t.strength.weak;
    rfBlocks.push({ kind: 'subheading', text: t.rfLine(rfName(rf), strength) });
    // Sentences not quoted yet come first, so each factor shows its own evidence where it has some.
    const backing = facts.evidence.filter((e) => e.riskFactors.includes(rf));
    const quotes = [...backing.filter((e) => !used.has(e)), ...backing.filter((e) => used.has(e))].slice(
      0,
      handout ? 1 : 2,
    );
    for (const q of quotes) used.add(q);
    rfBlocks.push(
      quotes.length
        ? { kind: 'quotes', items: quotes.map(quoteOf) }
        : { kind: 'paragraph', text: t.noEvidenceQuote },
    );
  }
  if (!present.length) rfBlocks.push({ kind: 'paragraph', text: t.summaryNoFactors });
  sections.push({ id: 'riskFactors', heading: t.sections.riskFactors, blocks: rfBlocks });

  // Rome Statute: worded as risk
  const rome: Block[] = [{ kind: 'paragraph', text: t.romeIntro }];
  for (const code of crimeRisks) {
    const crime = crimes.find((c) => c.code === code)!;
    const acts = [
      ...new Set(
        facts.evidence
          .filter((e) => e.crimes.includes(code))
          .flatMap((e) => e.legalBasis)
          .filter((b) => findAct(b)?.crime === code),
      ),
    ].slice(0, handout ? 2 : 5);
    rome.push({ kind: 'subheading', text: t.crimeRisk(t.crime[code].name, t.articleRef(crime.article)) });
    rome.push({ kind: 'paragraph', text: `${t.crime[code].name}: ${t.crime[code].explain}` });
    if (acts.length && !handout) {
      rome.push({
        kind: 'paragraph',
        text: t.acts(acts.map((a) => `${findAct(a)!.title[lang]} (art. ${a})`).join('; ')),
      });
    }
  }
  if (!crimeRisks.length) rome.push({ kind: 'paragraph', text: t.noCrimeSigns });
  sections.push({ id: 'romeStatute', heading: t.sections.romeStatute, blocks: rome });

  // Jurisdiction
  const s = facts.standing;
  const jurisdiction: Block[] = [
    {
      kind: 'paragraph',
      text: t.jurisdiction[s.status]({
        country,
        inForce: s.record ? date(s.record.inForce) : '',
        withdrawal: s.record?.withdrawalEffective ? date(s.record.withdrawalEffective) : '',
      }),
    },
  ];
  for (const d of s.declarations) {
    jurisdiction.push({
      kind: 'paragraph',
      text: t.declaration(date(d.lodged), date(d.coversFrom), d.coversTo ? date(d.coversTo) : '…'),
    });
  }
  for (const r of s.referrals) {
    jurisdiction.push({
      kind: 'paragraph',
      text: t.referral(r.resolution, r.situation[lang], date(r.adopted)),
    });
  }
  if (!handout) {
    jurisdiction.push({ kind: 'paragraph', text: t.courtBasics });
    jurisdiction.push({ kind: 'paragraph', text: t.tableChecked(date(ICC_TABLE_SOURCE.checked)) });
  }
  sections.push({ id: 'jurisdiction', heading: t.sections.jurisdiction, blocks: jurisdiction });

  // Incitement
  const incitementBlocks: Block[] = incitement.length
    ? [
        { kind: 'paragraph', text: t.incitementIntro },
        { kind: 'quotes', items: incitement.slice(0, handout ? 1 : 3).map(quoteOf) },
      ]
    : [{ kind: 'paragraph', text: t.incitementNone }];
  if (!handout) incitementBlocks.push({ kind: 'paragraph', text: t.incitementExplain });
  sections.push({ id: 'incitement', heading: t.sections.incitement, blocks: incitementBlocks });

  // Actions, by pillar
  const actions = actionsFor(present, incitement.length > 0, handout ? 1 : 3);
  const actionBlocks: Block[] = [{ kind: 'paragraph', text: hasData ? t.actionsIntro : t.actionsNone }];
  for (const pillar of PILLARS) {
    const items = actions.filter((a) => a.pillar === pillar).map((a) => a.text[lang]);
    if (!items.length) continue;
    actionBlocks.push({ kind: 'subheading', text: PILLAR_NAMES[pillar][lang] });
    actionBlocks.push({ kind: 'list', items });
  }
  sections.push({ id: 'actions', heading: t.sections.actions, blocks: actionBlocks });

  if (!handout) {
    // Open alerts
    sections.push({
      id: 'alerts',
      heading: t.sections.alerts,
      blocks: facts.alerts.length
        ? [
            {
              kind: 'list',
              items: facts.alerts.map((a) =>
                t.alertLine({
                  name: clean(thresholdDisplayName(a.thresholdName, lang)),
                  metric: RF_CODES.includes(a.metric as RFCode) ? t.rfShort[a.metric as RFCode] : a.metric,
                  value: num(a.value, 2),
                  since: date(a.triggeredAt),
                }),
              ),
            },
          ]
        : [{ kind: 'paragraph', text: t.alertsNone }],
    });
    // What to watch next
    const rising = RF_CODES.filter((rf) => facts.riskFactorsTo[rf] - facts.riskFactorsFrom[rf] >= 0.05)
      .sort(
        (a, b) =>
          facts.riskFactorsTo[b] -
          facts.riskFactorsFrom[b] -
          (facts.riskFactorsTo[a] - facts.riskFactorsFrom[a]),
      )
      .slice(0, 3)
      .map((rf) =>
        t.watchRising(rfName(rf), num(facts.riskFactorsFrom[rf], 2), num(facts.riskFactorsTo[rf], 2)),
      );
    const next = new Map<RFCode, RFCode>();
    for (const rf of present) {
      for (const candidate of NEXT_STEPS[rf] ?? []) {
        if (!present.includes(candidate) && !next.has(candidate)) next.set(candidate, rf);
      }
    }
    const upcoming = [...next]
      .slice(0, 3)
      .map(([rf, because]) => t.watchNext(rfName(rf), t.rfShort[because]));
    const watch = [...rising, ...upcoming];
    sections.push({
      id: 'watch',
      heading: t.sections.watch,
      blocks: [
        watch.length ? { kind: 'list', items: watch } : { kind: 'paragraph', text: t.watchNone },
        { kind: 'paragraph', text: t.watchAlways },
      ],
    });
  }

  sections.push({
    id: 'method',
    heading: t.sections.method,
    blocks: handout
      ? [{ kind: 'paragraph', text: t.methodHandout }]
      : t.method.map((text) => ({ kind: 'paragraph' as const, text })),
  });

  const protection = options.redactSources ? t.redactionNotice(namesRedactor.count) : t.sourcesShown;
  const synthetic = facts.synthetic ? t.syntheticMark : null;
  return {
    lang,
    variant: options.variant,
    title: handout ? t.handoutTitle(country) : t.title(country),
    country,
    period: t.period(date(facts.from), date(facts.to)),
    issued: t.issued(date(facts.issued)),
    level: hasData ? level : null,
    levelLine: hasData ? `${t.levelLine(t.level[level], num(facts.scoreTo))}, ${change}` : null,
    synthetic,
    protection,
    sections,
    sms: {
      text: smsText(t, {
        synthetic: facts.synthetic,
        hasData,
        country,
        level: t.level[level],
        score: num(facts.scoreTo),
        change,
        date: date(facts.to),
        signs: present.slice(0, 2).map((rf) => t.rfShort[rf]),
        incitement: incitement.length > 0,
        action: actions[0]?.text[lang] ?? null,
        lang,
      }),
    },
    fileName: `atalaya-briefing-${facts.iso3}-${facts.issued}-${lang}`,
  };
}

/** The SMS: at most 480 characters; parts are dropped from the least important when it would be longer. */
export const SMS_MAX = 480;

function smsText(
  t: BriefingTexts,
  s: {
    synthetic: boolean;
    hasData: boolean;
    country: string;
    level: string;
    score: string;
    change: string;
    date: string;
    signs: string[];
    incitement: boolean;
    action: string | null;
    lang: BriefingLang;
  },
): string {
  const head =
    (s.synthetic ? t.sms.synthetic : '') + (s.hasData ? t.sms.line(s) : t.sms.noReports(s.country, s.date));
  const optional = s.hasData
    ? [
        s.signs.length ? t.sms.signs(joinList(s.lang, s.signs)) : '',
        s.incitement ? t.sms.incitement : '',
        s.action ? t.sms.act(s.action) : '',
      ]
    : [];
  let text = head + optional.join('');
  // Drop the action, then the incitement line, then the signs, until it fits.
  for (let drop = optional.length - 1; text.length > SMS_MAX && drop >= 0; drop--) {
    optional[drop] = '';
    text = head + optional.join('');
  }
  return text.length > SMS_MAX ? `${text.slice(0, SMS_MAX - 1)}…` : text;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_MAX) return flat;
  const cut = flat.slice(0, QUOTE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > QUOTE_MAX * 0.6 ? space : QUOTE_MAX)}…`;
}

function joinList(lang: BriefingLang, items: string[]): string {
  return new Intl.ListFormat(lang === 'es' ? 'es' : 'en-GB', { style: 'long', type: 'conjunction' }).format(
    items,
  );
}

function reportsPhrase(lang: BriefingLang, n: number, num: (v: number, d?: number) => string): string {
  if (lang === 'es') return n === 1 ? 'un informe' : `${num(n, 0)} informes`;
  return n === 1 ? 'one report' : `${num(n, 0)} reports`;
}
