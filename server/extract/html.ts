import { type DefaultTreeAdapterTypes, parse } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

// Never visible as report text: code, styling, metadata, fallbacks and embedded media.
const DROPPED = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
]);
// Blocks that read as separate paragraphs (a blank line) and those that only start a new line.
const PARAGRAPH = new Set(
  'p h1 h2 h3 h4 h5 h6 blockquote pre table ul ol dl figure hr address section article aside header footer main nav form fieldset details'.split(
    ' ',
  ),
);
const LINE = new Set('div li dt dd tr caption figcaption summary legend center option'.split(' '));
const CELL = new Set(['td', 'th']);

type Part = string | 1 | 2; // text, or a break of one (line) or two (paragraph) newlines

/**
 * HTML to text with parse5, the WHATWG-conformant parser: a saved web page is parsed as a browser would
 * (unclosed `<p>`, a missing `</head>`, misnested tags), entities are decoded, invisible parts are dropped and
 * block elements become line or paragraph breaks so sentences from adjacent blocks never run together.
 * The tree is walked with an explicit stack: a hostile page nested 100,000 deep must not overflow the call stack.
 */
export function htmlToText(html: string): { text: string; title?: string } {
  const document = parse(html);
  const parts: Part[] = [];
  let preDepth = 0;
  const stack: { node: Node; leaving: boolean }[] = [{ node: document, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterTypes.TextNode).value;
      parts.push(preDepth > 0 ? value : value.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (!('childNodes' in node)) continue; // comments and the doctype
    const name = node.nodeName;
    if (node !== document && isHidden(node as Element)) continue;
    if (leaving) {
      if (name === 'pre' || name === 'textarea') preDepth--;
      pushBreak(parts, name);
      continue;
    }
    if (name === 'br') {
      parts.push(1);
      continue;
    }
    if (name === 'pre' || name === 'textarea') preDepth++;
    pushBreak(parts, name);
    stack.push({ node, leaving: true });
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      stack.push({ node: node.childNodes[i]!, leaving: false });
    }
  }
  const title = findTitle(document);
  return { text: joinParts(parts), ...(title && { title }) };
}

function pushBreak(parts: Part[], name: string): void {
  if (PARAGRAPH.has(name)) parts.push(2);
  else if (LINE.has(name)) parts.push(1);
  else if (CELL.has(name)) parts.push(' ');
}

function isHidden(element: Element): boolean {
  if (DROPPED.has(element.nodeName)) return true;
  return element.attrs.some(
    (attr) => attr.name === 'hidden' || (attr.name === 'aria-hidden' && attr.value === 'true'),
  );
}

/** Joins text and breaks: runs of breaks keep the largest, spaces next to a break or another space go. */
function joinParts(parts: readonly Part[]): string {
  let out = '';
  let pending = 0;
  for (const part of parts) {
    if (typeof part === 'number') {
      pending = Math.max(pending, part);
      continue;
    }
    const atLineStart = out === '' || out.endsWith('\n') || pending > 0;
    const text = atLineStart || out.endsWith(' ') ? part.replace(/^ +/, '') : part;
    if (text === '') continue;
    if (pending > 0 && out !== '') out = out.replace(/ +$/, '') + '\n'.repeat(pending);
    pending = 0;
    out += text;
  }
  return out;
}

/** The document's `<title>`: parse5 puts it in the `<head>`, which the walk drops. */
function findTitle(document: DefaultTreeAdapterTypes.Document): string | undefined {
  const html = document.childNodes.find((node) => node.nodeName === 'html') as Element | undefined;
  const head = html?.childNodes.find((node) => node.nodeName === 'head') as Element | undefined;
  const title = head?.childNodes.find((node) => node.nodeName === 'title') as Element | undefined;
  return title && textOf(title);
}

function textOf(element: Element): string {
  const title = element.childNodes
    .map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterTypes.TextNode).value : ''))
    .join('');
  return title.replace(/\s+/g, ' ').trim();
}
