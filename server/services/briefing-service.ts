import type { Kysely } from 'kysely';
import { insertAuditEntry } from '../../db/queries/audit-log.ts';
import {
  deleteProtectedName,
  insertProtectedName,
  listProtectedNames,
} from '../../db/queries/protected-names.ts';
import { countriesWithSyntheticReports } from '../../db/queries/reports.ts';
import type { Database, ProtectedNameRow } from '../../db/schema.ts';
import { catalog } from '../../indicators/catalog.ts';
import { findCountry } from '../../indicators/countries.ts';
import { iccStanding } from '../../indicators/icc-states-parties.ts';
import type { RFCode } from '../../indicators/risk-factors.ts';
import {
  type BriefingFacts,
  type BriefingLang,
  type BriefingVariant,
  buildBriefing,
} from '../briefing/briefing-model.ts';
import { foldName } from '../briefing/redact.ts';
import { renderHtml } from '../briefing/render-html.ts';
import { renderMarkdown } from '../briefing/render-markdown.ts';
import { renderPdf } from '../briefing/render-pdf.ts';
import { renderSms } from '../briefing/render-sms.ts';
import type { BriefingFormat } from '../contract/briefings.ts';
import { AppError, notFound } from '../errors.ts';
import type { AlertsService } from './alerts-service.ts';
import type { Actor } from './principal.ts';
import type { RiskService } from './risk-service.ts';

/** Hits of these indicators are "signs of incitement and hate speech" (Framework 7.14, 8.7, 13.7, 10.1; 25(3)(e)). */
const INCITEMENT_FRAMEWORK = new Set(['7.14', '8.7', '13.7', '10.1']);
const INCITEMENT_INDICATORS = new Set(
  catalog.indicators
    .filter((i) => i.framework.some((f) => INCITEMENT_FRAMEWORK.has(f)) || i.legalBasis.includes('25(3)(e)'))
    .map((i) => i.id),
);

/** Strongest hits read for a briefing: enough for the quotes and the incitement section. */
const EVIDENCE_LIMIT = 100;

const CONTENT_TYPES: Record<BriefingFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  sms: 'text/plain; charset=utf-8',
};
const EXTENSIONS: Record<BriefingFormat, string> = { pdf: 'pdf', html: 'html', md: 'md', sms: 'txt' };

const toProtectedName = (row: ProtectedNameRow) => ({
  id: row.id,
  name: row.name,
  note: row.note,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
});

export interface BriefingRequest {
  iso3: string;
  from: string;
  to: string;
  lang: BriefingLang;
  variant: BriefingVariant;
  format: BriefingFormat;
  redactSources: boolean;
}

export function createBriefingService(deps: {
  db: Kysely<Database>;
  risk: RiskService;
  alerts: AlertsService;
  now: () => Date;
}) {
  /** Everything a briefing says, gathered in parallel (reads only: no transaction needed). */
  async function facts(iso3: string, from: string, to: string): Promise<BriefingFacts> {
    const country = findCountry(iso3);
    if (!country) throw notFound(`Country ${iso3}`);
    const [weekly, start, evidence, alerts, names, syntheticCountries] = await Promise.all([
      deps.risk.series(iso3, from, to, 'week'),
      deps.risk.series(iso3, from, from, 'day'),
      deps.risk.evidence(iso3, from, to, EVIDENCE_LIMIT),
      deps.alerts.list({ status: 'open', country: iso3, limit: 20 }),
      listProtectedNames(deps.db),
      countriesWithSyntheticReports(deps.db),
    ]);
    const end = weekly.series.at(-1);
    const first = start.series[0];
    const items = evidence.items
      .filter((e) => e.review?.decision !== 'rejected' && !e.negated)
      .map((e) => ({
        indicatorId: e.indicatorId,
        riskFactors: e.riskFactors,
        crimes: e.crimes,
        legalBasis: e.legalBasis,
        text: e.evidence.text,
        date: e.date,
        title: e.title,
        source: e.source ? { name: e.source.name, url: e.source.url } : null,
        synthetic: e.synthetic,
        contribution: e.contribution,
        incitement: INCITEMENT_INDICATORS.has(e.indicatorId),
      }));
    const merged = mergeSameSentence(items);
    const reports = weekly.series.reduce((n, p) => n + p.reports, 0);
    const zeroFactors = Object.fromEntries(Object.keys(first?.riskFactors ?? {}).map((k) => [k, 0]));
    return {
      iso3: country.iso3,
      countryName: country.name,
      from,
      to,
      issued: deps.now().toISOString().slice(0, 10),
      series: weekly.series.map((p) => ({ date: p.date, score: p.score })),
      scoreFrom: first?.score ?? 0,
      scoreTo: end?.score ?? 0,
      riskFactorsFrom: (first?.riskFactors ?? zeroFactors) as Record<RFCode, number>,
      riskFactorsTo: (end?.riskFactors ?? zeroFactors) as Record<RFCode, number>,
      crimesTo: end?.crimes ?? { genocide: 0, crimes_against_humanity: 0, war_crimes: 0 },
      reports,
      evidence: merged,
      alerts: alerts.items.map((a) => ({
        thresholdName: a.thresholdName,
        metric: a.metric,
        value: a.value,
        triggeredAt: a.triggeredAt,
      })),
      standing: iccStanding(country.iso3, to),
      synthetic:
        (reports > 0 || items.length > 0) &&
        (items.some((e) => e.synthetic) || syntheticCountries.has(country.iso3)),
      protectedNames: names.map((n) => n.name),
    };
  }

  return {
    facts,

    /** The briefing as a file: its bytes, content type and download name. */
    async render(request: BriefingRequest) {
      const doc = buildBriefing(await facts(request.iso3, request.from, request.to), request);
      const body =
        request.format === 'pdf'
          ? await renderPdf(doc)
          : request.format === 'html'
            ? renderHtml(doc)
            : request.format === 'md'
              ? renderMarkdown(doc)
              : renderSms(doc);
      const variant = request.variant === 'handout' ? '-handout' : '';
      return {
        body,
        contentType: CONTENT_TYPES[request.format],
        fileName: `${doc.fileName}${variant}.${EXTENSIONS[request.format]}`,
      };
    },

    async listProtectedNames() {
      return { items: (await listProtectedNames(deps.db)).map(toProtectedName) };
    },

    /** Marks a name for redaction (audited). The same name again, in any case or accents, is a conflict. */
    async addProtectedName(actor: Actor, input: { name: string; note?: string | undefined }) {
      return deps.db.transaction().execute(async (trx) => {
        const name = input.name.trim().replace(/\s+/g, ' ');
        const row = await insertProtectedName(trx, {
          name,
          folded: foldName(name),
          note: input.note || null,
          created_by: actor.username,
        });
        if (!row) throw new AppError('conflict', 'This name is already protected');
        // The name itself stays out of the audit log: the log is readable by more people than the list.
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'protected_name.create',
          targetType: 'protected_name',
          targetId: row.id,
          requestId: actor.requestId ?? null,
        });
        return toProtectedName(row);
      });
    },

    async removeProtectedName(actor: Actor, id: string) {
      await deps.db.transaction().execute(async (trx) => {
        const row = await deleteProtectedName(trx, id);
        if (!row) throw notFound('Protected name');
        await insertAuditEntry(trx, {
          actor: actor.username,
          action: 'protected_name.delete',
          targetType: 'protected_name',
          targetId: id,
          requestId: actor.requestId ?? null,
        });
      });
    },
  };
}

/**
 * One sentence can be the evidence of several indicators: it is quoted once, carrying all their risk factors,
 * crimes and articles, at the rank of its strongest hit (the list is already strongest first).
 */
function mergeSameSentence(items: BriefingFacts['evidence']): BriefingFacts['evidence'] {
  const bySentence = new Map<string, BriefingFacts['evidence'][number]>();
  for (const item of items) {
    const key = `${item.date}|${item.text}`;
    const known = bySentence.get(key);
    if (!known) {
      bySentence.set(key, { ...item });
      continue;
    }
    known.riskFactors = [...new Set([...known.riskFactors, ...item.riskFactors])];
    known.crimes = [...new Set([...known.crimes, ...item.crimes])];
    known.legalBasis = [...new Set([...known.legalBasis, ...item.legalBasis])];
    known.incitement ||= item.incitement;
  }
  return [...bySentence.values()];
}

export type BriefingService = ReturnType<typeof createBriefingService>;
