import { addDays, daysBetween } from '../../indicators/risk/risk-model.ts';
import {
  EvidenceList,
  EvidenceQuery,
  Iso3Param,
  Ranking,
  RankingQuery,
  Series,
  SeriesQuery,
  Sparklines,
  SparklinesQuery,
} from '../contract/countries.ts';
import { assertPeriod, invalid } from '../errors.ts';
import type { RiskService } from '../services/risk-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const getRanking = apiRoute('viewer', {
  method: 'get',
  path: '/api/countries',
  tags: ['Countries'],
  summary: 'Countries with reports, highest risk first, as of a day (default today), with the 30-day change',
  request: { query: RankingQuery },
  responses: { 200: jsonContent(Ranking, 'The ranking'), ...errorResponses(400, 401) },
});

const getSparklines = apiRoute('viewer', {
  method: 'get',
  path: '/api/countries/sparklines',
  tags: ['Countries'],
  summary:
    "Every country's score at each of the last months' ends (default 12), for the ranking's sparklines",
  request: { query: SparklinesQuery },
  responses: {
    200: jsonContent(Sparklines, 'Scores per country and month end'),
    ...errorResponses(400, 401),
  },
});

const getSeries = apiRoute('viewer', {
  method: 'get',
  path: '/api/countries/{iso3}/risk',
  tags: ['Countries'],
  summary:
    "A country's risk over time: score, risk factors and crimes per day, week or month (default: last year)",
  request: { params: Iso3Param, query: SeriesQuery },
  responses: { 200: jsonContent(Series, 'The series'), ...errorResponses(400, 401, 404) },
});

const getEvidence = apiRoute('viewer', {
  method: 'get',
  path: '/api/countries/{iso3}/evidence',
  tags: ['Countries'],
  summary:
    "The evidence behind a country's risk in a period (default: the last 90 days): its strongest quoted hits, with their reports",
  request: { params: Iso3Param, query: EvidenceQuery },
  responses: { 200: jsonContent(EvidenceList, 'The evidence'), ...errorResponses(400, 401, 404) },
});

const MAX_SERIES_DAYS = 366 * 12;
const today = () => new Date().toISOString().slice(0, 10);

export function countriesRoutes(deps: { risk: RiskService }) {
  return newRouter()
    .openapi(getRanking, async (c) => {
      const asOf = c.req.valid('query').asOf ?? today();
      return c.json({ asOf, items: await deps.risk.ranking(asOf) }, 200);
    })
    .openapi(getSparklines, async (c) => {
      const { asOf, months } = c.req.valid('query');
      return c.json(await deps.risk.sparklines(asOf ?? today(), months), 200);
    })
    .openapi(getSeries, async (c) => {
      const { iso3 } = c.req.valid('param');
      const query = c.req.valid('query');
      const to = query.to ?? today();
      const from = query.from ?? addDays(to, -365);
      const days = daysBetween(from, to);
      assertPeriod(from, to);
      if (days > MAX_SERIES_DAYS) {
        throw invalid('from', 'at most 12 years before to');
      }
      return c.json(await deps.risk.series(iso3, from, to, query.interval), 200);
    })
    .openapi(getEvidence, async (c) => {
      const { iso3 } = c.req.valid('param');
      const query = c.req.valid('query');
      const to = query.to ?? today();
      const from = query.from ?? addDays(to, -90);
      assertPeriod(from, to);
      return c.json(await deps.risk.evidence(iso3, from, to, query.limit), 200);
    });
}
