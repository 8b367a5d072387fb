import { createHash } from 'node:crypto';

/** The text as compared for duplicates: Unicode-normalised, case-folded, whitespace collapsed. */
export function textHash(text: string): string {
  const normalised = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('base64url');
}
