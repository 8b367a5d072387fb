// C0/C1 controls other than tab and line feed: PostgreSQL rejects \u0000 in `text`, and the rest are noise
// that PDFs and old files carry. Soft hyphens and zero-width characters split words the scorer must match.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this regex's job.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/g;
// No-break and typographic spaces (`&nbsp;`, Spanish « » spacing) read as ordinary spaces.
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * The last step for every format: one line-ending convention, NFC (a PDF or a Mac file may spell "í" as
 * "i" + combining accent, which would not match the scorer's terms), no invisible characters, no trailing
 * spaces, and at most one blank line between paragraphs.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
