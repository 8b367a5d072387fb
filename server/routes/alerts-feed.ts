import { z } from '@hono/zod-openapi';
import { findCountry } from '../../indicators/countries.ts';
import type { AlertsService, AlertView } from '../services/alerts-service.ts';
import { apiRoute, errorResponses, newRouter } from './openapi-route.ts';

const getFeed = apiRoute('viewer', {
  method: 'get',
  path: '/api/alerts.atom',
  tags: ['Alerts'],
  summary: 'An Atom feed of the latest alerts, for readers that cannot receive webhooks (send the API token)',
  request: { query: z.strictObject({ lang: z.enum(['en', 'es']).default('en') }) },
  responses: {
    200: { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: z.string() } } },
    ...errorResponses(400, 401),
  },
});

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

const WORDS = {
  en: {
    title: 'Atalaya alerts',
    status: { open: 'open', acknowledged: 'acknowledged', resolved: 'resolved' },
    summary: (a: AlertView, country: string) =>
      `${country}: ${a.thresholdName}. ${a.metric} was ${a.value} on ${a.triggeredAt} (threshold ${a.thresholdValue}); ` +
      `now ${a.latestValue}, ${a.holding ? 'still holding' : 'no longer holding'}. Status: ${WORDS.en.status[a.status]}.`,
  },
  es: {
    title: 'Alertas de Atalaya',
    status: { open: 'abierta', acknowledged: 'reconocida', resolved: 'resuelta' },
    summary: (a: AlertView, country: string) =>
      `${country}: ${a.thresholdName}. ${a.metric} llegó a ${a.value} el ${a.triggeredAt} (umbral ${a.thresholdValue}); ` +
      `ahora ${a.latestValue}, ${a.holding ? 'la condición se mantiene' : 'la condición ya no se cumple'}. Estado: ${WORDS.es.status[a.status]}.`,
  },
} as const;

export function alertsFeedRoutes(deps: { alerts: AlertsService }) {
  return newRouter().openapi(getFeed, async (c) => {
    const { lang } = c.req.valid('query');
    const words = WORDS[lang];
    const origin = new URL(c.req.url).origin;
    const { items } = await deps.alerts.list({ limit: 50 });
    const latest = [...items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const updated = latest[0]?.updatedAt ?? new Date(0).toISOString();
    const entries = latest.map((a) => {
      const country = findCountry(a.country)?.name[lang] ?? a.country;
      const title = `${country} — ${a.thresholdName} (${words.status[a.status]})`;
      return [
        '  <entry>',
        `    <id>urn:uuid:${a.id}</id>`,
        `    <title>${escapeXml(title)}</title>`,
        `    <updated>${a.updatedAt}</updated>`,
        `    <published>${a.createdAt}</published>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/alerts/${a.id}`)}"/>`,
        `    <category term="${escapeXml(a.country)}"/>`,
        `    <summary>${escapeXml(words.summary(a, country))}</summary>`,
        '  </entry>',
      ].join('\n');
    });
    const xml = [
      '<?xml version="1.0" encoding="utf-8"?>',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
      `  <id>${escapeXml(`${origin}/api/alerts.atom`)}</id>`,
      `  <title>${words.title}</title>`,
      `  <updated>${updated}</updated>`,
      `  <link rel="self" href="${escapeXml(`${origin}/api/alerts.atom?lang=${lang}`)}"/>`,
      ...entries,
      '</feed>',
      '',
    ].join('\n');
    c.header('Cache-Control', 'no-store');
    return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });
}
