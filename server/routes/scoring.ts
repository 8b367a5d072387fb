import { CatalogResponse, ScoreRequest, ScoreResponse } from '../contract/scoring.ts';
import type { ScoringService } from '../services/scoring-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const getIndicators = apiRoute('viewer', {
  method: 'get',
  path: '/api/indicators',
  tags: ['Scoring'],
  summary:
    'The indicator catalog: risk factors, crimes and indicators with their legal basis, and its version',
  responses: { 200: jsonContent(CatalogResponse, 'The catalog'), ...errorResponses(401) },
});

const postScore = apiRoute('viewer', {
  method: 'post',
  path: '/api/score',
  tags: ['Scoring'],
  summary:
    'Score a text without storing it: hits with quoted evidence, risk factors, crimes and a 0–100 score',
  request: { body: { required: true, content: { 'application/json': { schema: ScoreRequest } } } },
  responses: { 200: jsonContent(ScoreResponse, 'The score'), ...errorResponses(400, 401, 403, 413, 415) },
});

export function scoringRoutes(deps: { scoring: ScoringService }) {
  return newRouter()
    .openapi(getIndicators, (c) => {
      c.header('Cache-Control', 'private, max-age=300');
      return c.json(deps.scoring.catalog(), 200);
    })
    .openapi(postScore, (c) => {
      const { text, ...options } = c.req.valid('json');
      return c.json(deps.scoring.score(text, options), 200);
    });
}
