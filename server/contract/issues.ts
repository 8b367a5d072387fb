import type { z } from '@hono/zod-openapi';
import type { ErrorDetail } from '../errors.ts';

/** zod issues → the contract's `details`, one entry per bad field (unknown fields each get their own). */
export function issuesToDetails(issues: z.core.$ZodIssue[]): ErrorDetail[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: 'unknown field' }));
    }
    return [{ path: base || 'body', message: issue.message }];
  });
}
