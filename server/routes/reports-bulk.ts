import { z } from '@hono/zod-openapi';
import { readCsvUpload } from '../bulk/csv-records.ts';
import { readNdjsonRecords } from '../bulk/ndjson-records.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { BulkIngestService } from '../services/bulk-ingest-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

export const BulkResult = z
  .object({
    accepted: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.array(
      z.object({
        line: z.number().int(),
        errors: z.array(z.object({ path: z.string(), message: z.string() })),
      }),
    ),
    rejectedTotal: z.number().int(),
  })
  .openapi('BulkResult');

const bulk = apiRoute('analyst', {
  method: 'post',
  path: '/api/reports/bulk',
  tags: ['Reports'],
  summary:
    'Upload many reports as NDJSON (one report object a line) or CSV (a header row with the same field names), streamed: each line is validated on its own, valid lines are stored in transactional chunks',
  request: {
    body: {
      required: true,
      content: {
        'application/x-ndjson': { schema: z.string().openapi({ format: 'binary' }) },
        'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
  },
  responses: {
    200: jsonContent(BulkResult, 'What was stored, what was a duplicate, and every rejected line'),
    ...errorResponses(401, 403, 413, 415),
  },
});

const NDJSON = /^application\/(x-ndjson|jsonl|x-jsonlines|jsonlines)\b/i;
const CSV = /^text\/csv\b/i;

export function reportsBulkRoutes(deps: { bulk: BulkIngestService; logger: Logger }) {
  return newRouter().openapi(bulk, async (c) => {
    const type = c.req.header('content-type') ?? '';
    const body = c.req.raw.body;
    if (!NDJSON.test(type) && !CSV.test(type)) {
      throw new AppError('validation_failed', 'Send application/x-ndjson or text/csv', {
        status: 415,
        details: [{ path: 'Content-Type', message: 'must be application/x-ndjson or text/csv' }],
      });
    }
    if (!body) {
      throw new AppError('validation_failed', 'The upload is empty', {
        details: [{ path: 'body', message: 'is empty' }],
      });
    }
    const records = NDJSON.test(type) ? readNdjsonRecords(body) : readCsvUpload(body);
    const actor = { username: c.get('principal').username, requestId: c.get('requestId') };
    // The answer comes only at the end, so each committed chunk is logged: after a crash or a dropped
    // connection, the operator knows the upload is settled up to `throughLine` (re-sending it is safe anyway).
    const onProgress = (p: { accepted: number; duplicates: number; rejectedTotal: number }, line: number) =>
      deps.logger.info(
        {
          reqId: actor.requestId,
          stored: p.accepted,
          duplicates: p.duplicates,
          rejected: p.rejectedTotal,
          throughLine: line,
        },
        'bulk upload: chunk committed',
      );
    return c.json(await deps.bulk.ingest(actor, records, { onProgress }), 200);
  });
}
