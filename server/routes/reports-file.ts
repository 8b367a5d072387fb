import { z } from '@hono/zod-openapi';
import { csvRowToReport } from '../bulk/csv-records.ts';
import { issuesToDetails } from '../contract/issues.ts';
import { IngestResult, ReportInput } from '../contract/reports.ts';
import { AppError } from '../errors.ts';
import { extractText } from '../extract/extract-text.ts';
import type { ReportsService } from '../services/reports-service.ts';
import { apiRoute, errorResponses, jsonContent, newRouter } from './openapi-route.ts';

const FileUpload = z
  .object({
    file: z
      .custom<File>((v) => v instanceof File, 'is required: a file')
      .openapi({ type: 'string', format: 'binary', description: 'Plain text, Markdown, HTML, PDF or DOCX' }),
    country: z.string().openapi({ example: 'COL' }),
    date: z.string().openapi({ example: '2026-03-01' }),
    title: z.string().optional().openapi({ description: 'Defaults to the document title, when it has one' }),
    lang: z.string().optional(),
    source_name: z.string().optional(),
    source_url: z.string().optional(),
    source_reliability: z.string().optional(),
    tags: z.string().optional().openapi({ description: 'Separated by ; or |' }),
    externalId: z.string().optional(),
    period_from: z.string().optional(),
    period_to: z.string().optional(),
  })
  .openapi('FileUpload');

const FileIngestResult = IngestResult.extend({
  file: z.object({ format: z.string(), pages: z.number().int().nullable(), warnings: z.array(z.string()) }),
}).openapi('FileIngestResult');

const uploadFile = apiRoute('analyst', {
  method: 'post',
  path: '/api/reports/file',
  tags: ['Reports'],
  summary:
    'Upload one report as a file (text, Markdown, HTML, PDF, DOCX) with its country and date; the text is extracted, scored and stored',
  request: { body: { required: true, content: { 'multipart/form-data': { schema: FileUpload } } } },
  responses: {
    201: jsonContent(FileIngestResult, 'Stored and scored'),
    200: jsonContent(FileIngestResult, 'A duplicate of a stored report: nothing new was stored'),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

export function reportsFileRoutes(deps: { reports: ReportsService; maxFileBytes: number }) {
  return newRouter().openapi(uploadFile, async (c) => {
    if (!/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '')) {
      throw new AppError('validation_failed', 'Send multipart/form-data', {
        status: 415,
        details: [{ path: 'Content-Type', message: 'must be multipart/form-data' }],
      });
    }
    const form = await c.req.parseBody({ all: false }).catch(() => {
      throw new AppError('validation_failed', 'The form could not be read', {
        details: [{ path: 'body', message: 'is not valid multipart/form-data' }],
      });
    });
    const file = form.file;
    if (!(file instanceof File)) {
      throw new AppError('validation_failed', 'A file is required', {
        details: [{ path: 'file', message: 'is required' }],
      });
    }
    const fields = Object.fromEntries(
      Object.entries(form).filter(([k, v]) => k !== 'file' && typeof v === 'string'),
    ) as Record<string, string>;
    const extracted = await extractText(
      { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, contentType: file.type },
      { maxBytes: deps.maxFileBytes },
    );
    if (extracted.text.trim() === '') {
      throw new AppError('validation_failed', 'The file has no text to score', {
        details: [{ path: 'file', message: extracted.warnings[0] ?? 'contains no text' }],
      });
    }
    const candidate = { ...csvRowToReport(fields), text: extracted.text } as Record<string, unknown>;
    if (candidate.title === undefined && extracted.title) candidate.title = extracted.title.slice(0, 500);
    const parsed = ReportInput.safeParse(candidate);
    if (!parsed.success) {
      const details = issuesToDetails(parsed.error.issues);
      throw new AppError(
        'validation_failed',
        `Invalid form fields: ${details.map((d) => d.path).join(', ')}`,
        { details },
      );
    }
    const actor = { username: c.get('principal').username, requestId: c.get('requestId') };
    const result = await deps.reports.ingest(actor, parsed.data);
    const file_ = { format: extracted.format, pages: extracted.pages ?? null, warnings: extracted.warnings };
    return result.duplicate
      ? c.json({ ...result, file: file_ }, 200)
      : c.json({ ...result, file: file_ }, 201);
  });
}
