import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

interface OperationDoc {
  summary?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
  'x-atalaya-access'?: string;
}
interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, OperationDoc>>;
  components?: { schemas?: Record<string, unknown> };
}

/**
 * A readable reference rendered on the server from the same OpenAPI document: no CDN script (the CSP forbids
 * it, and analysts may work offline), no inline script or style. Every value goes through hono/html escaping.
 */
export function renderApiDocs(doc: OpenApiDoc): Promise<HtmlEscapedString> | HtmlEscapedString {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  const schemas = Object.entries(doc.components?.schemas ?? {});
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} ${doc.info.version}</title>
<link rel="stylesheet" href="/api/docs.css">
</head>
<body>
<header><h1>${doc.info.title} <small>${doc.info.version}</small></h1>
<p>${doc.info.description ?? ''}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p></header>
<main>
<h2>Endpoints</h2>
<nav><ul>${operations.map((o) => html`<li><a href="#${anchor(o.method, o.path)}"><code>${o.method} ${o.path}</code></a> — ${o.op.summary ?? ''}</li>`)}</ul></nav>
${operations.map(
  (o) => html`<section id="${anchor(o.method, o.path)}">
<h3><span class="method">${o.method}</span> <code>${o.path}</code></h3>
<p>${o.op.summary ?? ''}</p>
<p class="access">Access: <strong>${o.op['x-atalaya-access'] ?? 'public'}</strong></p>
${
  o.op.parameters?.length
    ? html`<h4>Parameters</h4><ul>${o.op.parameters.map(
        (p) => html`<li><code>${p.name}</code> (${p.in}${p.required ? ', required' : ''})</li>`,
      )}</ul>`
    : ''
}
${
  o.op.requestBody?.content
    ? html`<h4>Request body</h4>${Object.entries(o.op.requestBody.content).map(
        ([type, c]) => html`<p><code>${type}</code></p><pre>${JSON.stringify(c.schema, null, 2)}</pre>`,
      )}`
    : ''
}
<h4>Responses</h4>
<ul>${Object.entries(o.op.responses ?? {}).map(([status, r]) => html`<li><code>${status}</code> ${r.description ?? ''}</li>`)}</ul>
</section>`,
)}
<h2>Schemas</h2>
${schemas.map(([name, schema]) => html`<section id="schema-${name}"><h3>${name}</h3><pre>${JSON.stringify(schema, null, 2)}</pre></section>`)}
</main>
</body>
</html>`;
}

const anchor = (method: string, path: string) => `${method}-${path}`.replace(/[^A-Za-z0-9-]+/g, '-');

export const API_DOCS_CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#1f2328}
h1 small{font-weight:normal;color:#59636e}
section{border-top:1px solid #d1d9e0;padding:.5rem 0}
.method{display:inline-block;min-width:4.5rem;font-family:ui-monospace,monospace;color:#0b5cad}
pre{background:#f6f8fa;padding:.75rem;overflow:auto;font-size:13px}
code{font-family:ui-monospace,monospace}
`;
