import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Block, BriefingDoc, Quote } from './briefing-model.ts';
import type { TrendGeometry } from './trend-path.ts';
import { woffToSfnt } from './woff-to-sfnt.ts';

/**
 * The briefing as an A4 PDF, drawn with pdfkit in the server process (no browser). Noto Sans is embedded
 * (subset) in the three faces it uses, so accents, ñ, ¿ ¡ « » and typographic quotes print on any machine; the chart is
 * drawn from the same path strings as the HTML's SVG, so it is vector. The handout variant is held to one page:
 * a block that would not fit is left out rather than spilling onto a second page.
 */

const require = createRequire(import.meta.url);
const FACES = {
  regular: '400-normal',
  bold: '700-normal',
  italic: '400-italic',
} as const;
type Face = keyof typeof FACES;

let fonts: Record<Face, Buffer> | undefined;
/** Read and decoded once per process: the three WOFF files are about 80 KB together. */
function loadFonts(): Record<Face, Buffer> {
  fonts ??= Object.fromEntries(
    Object.entries(FACES).map(([face, file]) => [
      face,
      woffToSfnt(readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${file}.woff`))),
    ]),
  ) as Record<Face, Buffer>;
  return fonts;
}

const MARGIN = 50;
const INK = '#1a1a1a';
const MUTED = '#444444';

export async function renderPdf(doc: BriefingDoc): Promise<Buffer> {
  const handout = doc.variant === 'handout';
  const size = handout
    ? { body: 8.6, h1: 15, h2: 10.5, h3: 9, small: 7.5 }
    : { body: 10.5, h1: 19, h2: 13.5, h3: 11, small: 8.5 };
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: handout ? 36 : MARGIN, bottom: handout ? 30 : MARGIN, left: MARGIN, right: MARGIN },
    lang: doc.lang,
    displayTitle: true,
    info: { Title: doc.title, Author: 'Atalaya', Subject: doc.period, Creator: 'Atalaya' },
    bufferPages: false,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const faces = loadFonts();
  for (const face of Object.keys(faces) as Face[]) pdf.registerFont(face, faces[face]);

  const width = pdf.page.width - 2 * MARGIN;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  /** In the handout, true when `height` more points would not fit on the page (the block is then skipped). */
  const noRoom = (height: number) => handout && pdf.y + height > bottom();
  const text = (value: string, face: Face, fontSize: number, color = INK, indent = 0) => {
    pdf.font(face).fontSize(fontSize);
    // Measuring lays the text out a second time: only the handout, which must not overflow, pays for it.
    if (handout && noRoom(pdf.heightOfString(value, { width: width - indent }))) return false;
    pdf.fillColor(color).text(value, MARGIN + indent, pdf.y, { width: width - indent });
    return true;
  };

  text(doc.title, 'bold', size.h1);
  pdf.moveDown(0.2);
  text(`${doc.period} · ${doc.issued}`, 'regular', size.small, MUTED);
  pdf.moveDown(0.4);
  if (doc.levelLine) {
    const top = pdf.y;
    text(doc.levelLine, 'bold', size.h3, INK, 10);
    pdf.rect(MARGIN, top - 2, 4, pdf.y - top + 2).fill('#b30000');
    pdf.fillColor(INK);
    pdf.moveDown(0.4);
  }
  if (doc.synthetic) {
    boxed(pdf, doc.synthetic, 'bold', size.body, width, '#fff3bf');
    pdf.moveDown(0.4);
  }
  text(doc.protection, 'italic', size.small);

  for (const section of doc.sections) {
    if (!handout && pdf.y + 80 > bottom()) pdf.addPage();
    pdf.moveDown(handout ? 0.5 : 0.9);
    if (!text(section.heading, 'bold', size.h2)) continue;
    const lineY = pdf.y + 1;
    pdf
      .moveTo(MARGIN, lineY)
      .lineTo(MARGIN + width, lineY)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    pdf.moveDown(0.3);
    for (const block of section.blocks) drawBlock(block);
  }
  pdf.end();
  return done;

  function drawBlock(block: Block): void {
    switch (block.kind) {
      case 'paragraph':
        text(block.text, block.emphasis ? 'italic' : 'regular', size.body);
        pdf.moveDown(0.3);
        return;
      case 'subheading':
        pdf.moveDown(0.2);
        text(block.text, 'bold', size.h3);
        pdf.moveDown(0.1);
        return;
      case 'list':
        for (const item of block.items) {
          pdf.font('regular').fontSize(size.body);
          if (handout && noRoom(pdf.heightOfString(item, { width: width - 14 }))) continue;
          const y = pdf.y;
          pdf.fillColor(INK).text('•', MARGIN + 2, y, { width: 10 });
          pdf.text(item, MARGIN + 14, y, { width: width - 14 });
          pdf.moveDown(0.15);
        }
        pdf.x = MARGIN;
        pdf.moveDown(0.2);
        return;
      case 'quotes':
        for (const q of block.items) drawQuote(q);
        return;
      case 'chart':
        drawChart(block.chart, block.labels, block.caption);
        return;
    }
  }

  function drawQuote(q: Quote): void {
    const quote = `“${q.text}”`;
    const cite = `— ${q.cite}${q.url ? ` (${q.url})` : ''}`;
    if (handout) {
      pdf.font('italic').fontSize(size.body);
      const h1 = pdf.heightOfString(quote, { width: width - 16 });
      pdf.font('regular').fontSize(size.small);
      if (noRoom(h1 + pdf.heightOfString(cite, { width: width - 16 }) + 4)) return;
    } else if (pdf.y + 60 > bottom()) {
      pdf.addPage(); // keep a quote's bar on one page
    }
    const top = pdf.y;
    pdf
      .font('italic')
      .fontSize(size.body)
      .fillColor(INK)
      .text(quote, MARGIN + 12, top, { width: width - 16 });
    pdf
      .font('regular')
      .fontSize(size.small)
      .fillColor(MUTED)
      .text(cite, MARGIN + 12, pdf.y, { width: width - 16 });
    pdf.rect(MARGIN + 2, top, 2, pdf.y - top).fill('#777777');
    pdf.fillColor(INK);
    pdf.x = MARGIN;
    pdf.moveDown(0.4);
  }

  function drawChart(
    chart: TrendGeometry,
    labels: { x: string[]; y: string[]; bands: string[] },
    caption: string,
  ): void {
    const scale = width / chart.width;
    const height = chart.height * scale;
    if (noRoom(height + 14)) return;
    if (!handout && pdf.y + height + 20 > bottom()) pdf.addPage();
    const originX = MARGIN;
    const originY = pdf.y;
    pdf.save();
    pdf.translate(originX, originY).scale(scale);
    const { plot } = chart;
    chart.bands.forEach((band, i) => {
      pdf
        .rect(plot.left, band.y, plot.right - plot.left, band.height)
        .fillOpacity(0.45)
        .fill(band.fill);
      pdf.fillOpacity(1).fillColor('#333333').font('regular').fontSize(7);
      pdf.text(labels.bands[i] ?? '', plot.left, band.labelY - 3.5, {
        width: plot.right - plot.left - 4,
        align: 'right',
        lineBreak: false,
      });
    });
    chart.yTicks.forEach((tick, i) => {
      pdf.fillColor('#333333').font('regular').fontSize(7);
      pdf.text(labels.y[i] ?? '', 0, tick.y - 3.5, {
        width: plot.left - 4,
        align: 'right',
        lineBreak: false,
      });
    });
    chart.xTicks.forEach((tick, i) => {
      pdf
        .moveTo(tick.x, plot.bottom)
        .lineTo(tick.x, plot.bottom + 3)
        .lineWidth(0.6)
        .strokeColor('#333333')
        .stroke();
      pdf.fillColor('#333333').font('regular').fontSize(7);
      pdf.text(labels.x[i] ?? '', tick.x - 30, plot.bottom + 6, {
        width: 60,
        align: 'center',
        lineBreak: false,
      });
    });
    pdf
      .moveTo(plot.left, plot.bottom)
      .lineTo(plot.right, plot.bottom)
      .lineWidth(0.6)
      .strokeColor('#333333')
      .stroke();
    if (chart.area) pdf.path(chart.area).fillOpacity(0.08).fill(INK);
    pdf.fillOpacity(1);
    if (chart.line) pdf.path(chart.line).lineWidth(1.6).strokeColor(INK).stroke();
    if (chart.last) pdf.circle(chart.last.x, chart.last.y, 2.5).fill(INK);
    pdf.restore();
    pdf.x = MARGIN;
    pdf.y = originY + height + 2;
    text(caption, 'regular', size.small);
    pdf.moveDown(0.3);
  }
}

function boxed(
  pdf: PDFKit.PDFDocument,
  value: string,
  face: Face,
  fontSize: number,
  width: number,
  fill: string,
) {
  pdf.font(face).fontSize(fontSize);
  const height = pdf.heightOfString(value, { width: width - 16 });
  const top = pdf.y;
  pdf.rect(MARGIN, top, width, height + 10).fillAndStroke(fill, INK);
  pdf.fillColor(INK).text(value, MARGIN + 8, top + 5, { width: width - 16 });
  pdf.x = MARGIN;
  pdf.y = top + height + 12;
}
