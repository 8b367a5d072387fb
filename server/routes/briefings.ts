import { z } from '@hono/zod-openapi';
import { addDays, daysBetween } from '../../indicators/risk/risk-model.ts';
import { BriefingQuery } from '../contract/briefings.ts';
import { Iso3Param } from '../contract/countries.ts';
import { assertPeriod, invalid } from '../errors.ts';
import type { BriefingService } from '../services/briefing-service.ts';
import { apiRoute, errorResponses, newRouter } from './openapi-route.ts';

const getBriefing = apiRoute('viewer', {
  method: 'get',
  path: '/api/briefings/{iso3}',
  tags: ['Briefings'],
  summary:
    'A briefing on a country for religious and civil-society leaders, as a file (PDF, HTML, Markdown or SMS text), sources redacted by default',
  request: { params: Iso3Param, query: BriefingQuery },
  responses: {
    200: {
      description: 'The briefing, with a Content-Disposition file name',
      content: {
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        'text/html': { schema: z.string() },
        'text/markdown': { schema: z.string() },
        'text/plain': { schema: z.string() },
      },
    },
    ...errorResponses(400, 401),
  },
});

/** Five years at most: a briefing is about the present, and the chart must stay readable. */
const MAX_DAYS = 366 * 5;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The HTML briefing is shown in the app's preview, a sandboxed iframe: it needs its own policy, since it is a
 * document with inline style and nothing else (no script may ever run in it), framed by our own pages only.
 */
const HTML_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

export function briefingsRoutes(deps: { briefings: BriefingService }) {
  return newRouter().openapi(getBriefing, async (c) => {
    const { iso3 } = c.req.valid('param');
    const query = c.req.valid('query');
    const to = query.to ?? today();
    const from = query.from ?? addDays(to, -365);
    assertPeriod(from, to);
    if (daysBetween(from, to) > MAX_DAYS) throw invalid('from', 'at most 5 years before to');
    const result = await deps.briefings.render({
      iso3,
      from,
      to,
      lang: query.lang,
      format: query.format,
      variant: query.variant,
      redactSources: query.redactSources,
    });
    c.header('Content-Disposition', `${query.disposition}; filename="${result.fileName}"`);
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    if (query.format === 'html') c.header('Content-Security-Policy', HTML_POLICY);
    return c.body(typeof result.body === 'string' ? result.body : new Uint8Array(result.body), 200, {
      'content-type': result.contentType,
    });
  });
}
