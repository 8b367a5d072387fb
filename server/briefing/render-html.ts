import type { Block, BriefingDoc, ChartLabels } from './briefing-model.ts';
import type { TrendGeometry } from './trend-path.ts';

/**
 * One self-contained, printable HTML file: inline style, inline SVG, no script and no external resource, so it
 * can be saved, mailed or printed as it is. Every string is escaped (report text, titles and source names are
 * untrusted); URLs are only ever http(s) links with rel="noopener noreferrer".
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

const STYLE = `
:root { color: #1a1a1a; background: #fff; font: 11pt/1.45 "Noto Sans", "Segoe UI", Arial, sans-serif; }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; border-bottom: 1px solid #999; padding-bottom: .15rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.meta { color: #444; margin: 0; }
.level { font-size: 1.1rem; font-weight: 700; margin: .75rem 0; padding: .5rem .75rem; border-left: .5rem solid #b30000; background: #f6f6f6; }
.synthetic { border: 2px solid #1a1a1a; background: #fff3bf; padding: .5rem .75rem; font-weight: 700; }
.protection { border: 1px dashed #555; padding: .4rem .75rem; }
.emphasis { font-style: italic; }
blockquote { margin: .4rem 0 .6rem 1rem; padding-left: .75rem; border-left: 3px solid #777; }
blockquote p { margin: 0; }
blockquote footer { color: #444; font-size: .9rem; }
figure { margin: .5rem 0; }
figcaption { font-size: .9rem; color: #444; }
svg { width: 100%; height: auto; }
@page { size: A4; margin: 18mm; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } blockquote, figure { break-inside: avoid; } }
`;

export function renderHtml(doc: BriefingDoc): string {
  const parts: string[] = [
    '<!doctype html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="meta">${escapeHtml(doc.period)} · ${escapeHtml(doc.issued)}</p>`,
  ];
  if (doc.levelLine) parts.push(`<p class="level">${escapeHtml(doc.levelLine)}</p>`);
  if (doc.synthetic) parts.push(`<p class="synthetic" role="note">${escapeHtml(doc.synthetic)}</p>`);
  parts.push(`<p class="protection" role="note">${escapeHtml(doc.protection)}</p>`, '</header>', '<main>');
  for (const section of doc.sections) {
    parts.push(`<section id="${section.id}">`, `<h2>${escapeHtml(section.heading)}</h2>`);
    for (const block of section.blocks) parts.push(renderBlock(block));
    parts.push('</section>');
  }
  parts.push('</main>', '</body>', '</html>');
  return `${parts.join('\n')}\n`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p${block.emphasis ? ' class="emphasis"' : ''}>${escapeHtml(block.text)}</p>`;
    case 'subheading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'quotes':
      return block.items
        .map((q) => {
          const cite = escapeHtml(q.cite);
          const link =
            q.url && /^https?:\/\//i.test(q.url)
              ? ` <a href="${escapeHtml(q.url)}" rel="noopener noreferrer">${escapeHtml(q.url)}</a>`
              : '';
          return `<blockquote><p>“${escapeHtml(q.text)}”</p><footer>— ${cite}${link}</footer></blockquote>`;
        })
        .join('\n');
    case 'chart':
      return `<figure>${chartSvg(block.chart, block.alt, block.labels)}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
  }
}

/** The chart as inline SVG from the same geometry the PDF draws. */
export function chartSvg(chart: TrendGeometry, alt: string, labels: ChartLabels): string {
  const { plot } = chart;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-label="${escapeHtml(alt)}">`,
  ];
  chart.bands.forEach((band, i) => {
    out.push(
      `<rect x="${plot.left}" y="${band.y}" width="${plot.right - plot.left}" height="${band.height}" fill="${band.fill}" fill-opacity="0.45"/>`,
      `<text x="${plot.right - 4}" y="${band.labelY + 3}" text-anchor="end" font-size="8" fill="#333">${escapeHtml(labels.bands[i] ?? '')}</text>`,
    );
  });
  chart.yTicks.forEach((tick, i) => {
    out.push(
      `<text x="${plot.left - 4}" y="${tick.y + 3}" text-anchor="end" font-size="8" fill="#333">${escapeHtml(labels.y[i] ?? '')}</text>`,
    );
  });
  chart.xTicks.forEach((tick, i) => {
    out.push(
      `<line x1="${tick.x}" x2="${tick.x}" y1="${plot.bottom}" y2="${plot.bottom + 3}" stroke="#333"/>`,
      `<text x="${tick.x}" y="${plot.bottom + 13}" text-anchor="middle" font-size="8" fill="#333">${escapeHtml(labels.x[i] ?? '')}</text>`,
    );
  });
  out.push(
    `<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="#333"/>`,
  );
  if (chart.area) out.push(`<path d="${chart.area}" fill="#1a1a1a" fill-opacity="0.08"/>`);
  if (chart.line) out.push(`<path d="${chart.line}" fill="none" stroke="#1a1a1a" stroke-width="2"/>`);
  if (chart.last) out.push(`<circle cx="${chart.last.x}" cy="${chart.last.y}" r="3" fill="#1a1a1a"/>`);
  out.push('</svg>');
  return out.join('');
}
