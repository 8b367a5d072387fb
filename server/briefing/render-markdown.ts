import type { Block, BriefingDoc } from './briefing-model.ts';

/**
 * Markdown for pasting into chats, wikis and e-mail. Report text is untrusted: every character Markdown (or the
 * HTML a renderer lets through) could act on is escaped, so a quote can neither open a link or image nor
 * inject HTML. Source URLs (shown only without redaction) are written as escaped text, never as live links.
 */

const SPECIAL = /[\\`*_{}[\]()<>#|~!&]/g;

/**
 * Every line of the output starts with the renderer's own marker (`#`, `>`, `-`) or with its own words, so
 * only inline syntax needs escaping: emphasis, code, links and images, HTML and entities, tables, and the
 * bare `http:`/`www.` text that GFM turns into links by itself.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(SPECIAL, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`))
    .replace(/:\/\//g, '\\://')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

export function renderMarkdown(doc: BriefingDoc): string {
  const out: string[] = [
    `# ${escapeMarkdown(doc.title)}`,
    '',
    `${escapeMarkdown(doc.period)}  `,
    escapeMarkdown(doc.issued),
    '',
  ];
  if (doc.levelLine) out.push(`**${escapeMarkdown(doc.levelLine)}**`, '');
  if (doc.synthetic) out.push(`> **${escapeMarkdown(doc.synthetic)}**`, '');
  out.push(`> ${escapeMarkdown(doc.protection)}`, '');
  for (const section of doc.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) out.push(...renderBlock(block), '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.emphasis ? `*${escapeMarkdown(block.text)}*` : escapeMarkdown(block.text)];
    case 'subheading':
      return [`### ${escapeMarkdown(block.text)}`];
    case 'list':
      return block.items.map((i) => `- ${escapeMarkdown(i)}`);
    case 'quotes':
      return block.items.flatMap((q) => [
        `> “${escapeMarkdown(q.text)}”  `,
        `> — ${escapeMarkdown(q.cite)}${q.url && /^https?:\/\//i.test(q.url) ? ` \\(${escapeMarkdown(q.url)}\\)` : ''}`,
        '',
      ]);
    case 'chart':
      // Markdown cannot carry the vector chart: its text alternative stands in for it.
      return [`*${escapeMarkdown(block.alt)}*`, escapeMarkdown(block.caption)];
  }
}
