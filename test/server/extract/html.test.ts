import { describe, expect, it } from 'vitest';
import { extractText } from '../../../server/extract/extract-text.ts';

const PAGE = `<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>Informe &amp; alerta:  Cauca</title>
  <style>p { color: red } .secret { display: none }</style>
  <script>var leaked = "SCRIPT TEXT MUST NOT APPEAR";</script>
</head>
<body>
  <noscript>Enable JavaScript NOSCRIPT TEXT</noscript>
  <template><p>TEMPLATE TEXT</p></template>
  <svg><text>SVG TEXT</text><title>SVG TITLE</title></svg>
  <header><nav><ul><li><a href="/">Inicio</a></li><li><a href="/informes">Informes</a></li></ul></nav></header>
  <main>
    <article>
      <h1>Alerta temprana</h1>
      <div><div><p>La Defensor&iacute;a del Pueblo report&oacute; que los ni&#241;os fueron
        desplazados.</p><p>Armed men&nbsp;attacked <b>the</b> <i>village</i>.</div></div>
      <p>Unclosed paragraph one
      <p>Unclosed paragraph two<br>after a break
      <table><tr><th>Víctimas</th><td>12</td></tr><tr><th>Fecha</th><td>2026-03-01</td></tr></table>
      <p hidden>HIDDEN TEXT</p>
      <script>document.write("INLINE SCRIPT TEXT")</script>
    </article>
  </main>
</body>
</html>`;

const html = (source: string) =>
  extractText({ bytes: new TextEncoder().encode(source), contentType: 'text/html' });

describe('extractText on HTML', () => {
  it('drops scripts, styles, noscript, templates, SVG, hidden elements and the head', async () => {
    const { text } = await html(PAGE);
    for (const absent of ['SCRIPT TEXT', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HIDDEN', 'color: red', 'leaked']) {
      expect(text).not.toContain(absent);
    }
  });

  it('returns the title with entities decoded and whitespace collapsed', async () => {
    expect(await html(PAGE)).toMatchObject({
      format: 'html',
      title: 'Informe & alerta: Cauca',
      warnings: [],
    });
  });

  it('turns blocks into paragraph and line breaks so sentences never run together', async () => {
    const { text } = await html(PAGE);
    expect(text).toBe(
      [
        'Inicio\nInformes',
        'Alerta temprana',
        'La Defensoría del Pueblo reportó que los niños fueron desplazados.',
        'Armed men attacked the village.',
        'Unclosed paragraph one',
        'Unclosed paragraph two\nafter a break',
        'Víctimas 12\nFecha 2026-03-01',
      ].join('\n\n'),
    );
  });

  it('reads the body of a page that omits the optional <body> tag, as browsers do', async () => {
    const result = await html('<html><head><meta charset=utf-8><title>T</title><p>uno<p>dos</html>');
    expect(result).toMatchObject({ title: 'T', text: 'uno\n\ndos' });
  });

  it('keeps the line structure of <pre>', async () => {
    const { text } = await html('<p>Lista:</p><pre>uno\n  dos\ntres</pre>');
    expect(text).toBe('Lista:\n\nuno\n  dos\ntres');
  });

  it('recognises an HTML upload by its content when nothing declares it', async () => {
    const result = await extractText({
      bytes: new TextEncoder().encode('<!doctype html><p>Hola</p><p>mundo</p>'),
    });
    expect(result).toMatchObject({ format: 'html', text: 'Hola\n\nmundo' });
  });

  it('reads a Windows-1252 page, as old Spanish sites were saved', async () => {
    const bytes = Buffer.from('<p>Defensoría</p><p>niños</p>', 'latin1');
    const result = await extractText({ bytes, filename: 'viejo.htm' });
    expect(result.text).toBe('Defensoría\n\nniños');
  });

  it('survives a page nested 100,000 elements deep', async () => {
    const { text } = await html(`${'<div>'.repeat(100_000)}hondo${'</div>'.repeat(100_000)}`);
    expect(text).toBe('hondo');
  });
});
