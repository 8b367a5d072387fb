import { HitIdParam, ReviewInput, ReviewResult } from '../contract/reports.ts';
import type { ReviewService } from '../services/review-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const putReview = apiRoute('analyst', {
  method: 'put',
  path: '/api/hits/{id}/review',
  tags: ['Reports'],
  summary:
    'Confirm or reject a hit (audited). A rejected hit stops counting: its report is scored again and the series follow',
  request: {
    params: HitIdParam,
    body: { required: true, content: { 'application/json': { schema: ReviewInput } } },
  },
  responses: {
    200: jsonContent(ReviewResult, 'The hit and its report'),
    ...errorResponses(400, 401, 403, 404, 415),
  },
});

const deleteReview = apiRoute('analyst', {
  method: 'delete',
  path: '/api/hits/{id}/review',
  tags: ['Reports'],
  summary: "Clear a hit's review (audited); a hit that was rejected counts again",
  request: { params: HitIdParam },
  responses: {
    200: jsonContent(ReviewResult, 'The hit and its report'),
    ...errorResponses(400, 401, 403, 404),
  },
});

export function hitReviewsRoutes(deps: { reviews: ReviewService }) {
  return newRouter()
    .openapi(putReview, async (c) => {
      const actor = { username: c.get('principal').username, requestId: c.get('requestId') };
      const { decision, note } = c.req.valid('json');
      return c.json(await deps.reviews.review(actor, c.req.valid('param').id, decision, note), 200);
    })
    .openapi(deleteReview, async (c) => {
      const actor = { username: c.get('principal').username, requestId: c.get('requestId') };
      return c.json(await deps.reviews.clear(actor, c.req.valid('param').id), 200);
    });
}
