// Recognising an XSS payload that became markup, in a live page (every frame, through every shadow root) or in
// an HTML string (parsed with parse5). Both apply the one rule below, so the browser and the server tests agree
// on what "injected" means. The payloads are in test/fixtures/xss-payloads.ts; each carries the marker "xss".

import { type DefaultTreeAdapterMap, parse } from 'parse5';
import type { BrowserContext, Frame, Page } from 'playwright-core';

type Attr = readonly [name: string, value: string];

/**
 * Why an element is injected, or null when it is one the app or a briefing makes itself. Self-contained (no
 * outer names), because its source also runs in the page.
 *
 * - Event-handler attributes: the app binds listeners with Lit (`@click`), never `on…` attributes.
 * - URL-bearing attributes that carry the marker or a script URL (javascript:, vbscript:, data:).
 * - Elements the app and the briefings never make (img, iframe but the briefing preview, object, math…).
 * - script, style, link, meta and noscript whose markup carries the marker (the page's own are constant), a
 *   script outside <head>, or a meta refresh.
 * Attribute values such as title, aria-label or value may hold payload text: that is text, not markup.
 */
export function injectionIn(
  tag: string,
  attrs: readonly Attr[],
  text: string,
  inHead: boolean,
): string | null {
  const URL_ATTRS = [
    'href',
    'xlink:href',
    'src',
    'srcset',
    'srcdoc',
    'action',
    'formaction',
    'data',
    'poster',
    'background',
    'style',
    'ping',
    'codebase',
    'content',
  ];
  const NEVER = [
    'img',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'math',
    'mglyph',
    'video',
    'audio',
    'source',
    'animate',
    'set',
    'foreignobject',
    'xss-el',
  ];
  const name = tag.toLowerCase();
  const attr = (wanted: string) => attrs.find(([n]) => n.toLowerCase() === wanted)?.[1];
  for (const [rawName, value] of attrs) {
    const n = rawName.toLowerCase();
    if (n.startsWith('on')) return `<${name} ${n}="${value}">`;
    if (n.includes('xss')) return `<${name} ${n}>`;
    // Browsers drop ASCII whitespace and control characters inside a URL's scheme ("jav\tascript:").
    const squeezed = [...value]
      .filter((ch) => ch.charCodeAt(0) > 0x20)
      .join('')
      .toLowerCase();
    // A stored source URL is linked on purpose: an absolute http(s) URL whose query holds payload text is inert.
    const stored = /^https?:\/\//.test(squeezed) && !['style', 'srcdoc'].includes(n);
    if (
      URL_ATTRS.includes(n) &&
      ((squeezed.includes('xss') && !stored) || /^(javascript|vbscript|data):/.test(squeezed))
    ) {
      return `<${name} ${n}="${value}">`;
    }
  }
  const preview =
    attr('data-testid') === 'briefing-preview' && (attr('src') ?? '').startsWith('/api/briefings/');
  if (name === 'iframe' && preview) return null;
  if (NEVER.includes(name)) return `<${name}>`;
  if (['script', 'style', 'link', 'meta', 'noscript'].includes(name)) {
    const markup = `${attrs.map(([n, v]) => `${n}=${v}`).join(' ')} ${text}`.toLowerCase();
    if (markup.includes('xss')) return `<${name}> with the marker: ${text.slice(0, 80)}`;
    if (name === 'script' && !inHead) return '<script> outside <head>';
    if (name === 'meta' && attr('http-equiv') !== undefined) return '<meta http-equiv>';
  }
  return null;
}

/** Walks one frame's document and every shadow root (and <template> content) in it. */
function scanFrame(frame: Frame): Promise<string[]> {
  return frame.evaluate(`(() => {
    const injectionIn = ${injectionIn.toString()};
    const found = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const attrs = [...el.attributes].map((a) => [a.name, a.value]);
        const why = injectionIn(el.localName, attrs, el.textContent ?? '', el.closest('head') !== null);
        if (why) found.push(why);
        if (el.shadowRoot) visit(el.shadowRoot);
        if (el.localName === 'template') visit(el.content);
      }
    };
    visit(document);
    return found;
  })()`);
}

/** Every element made from a payload, in every frame of the page. */
export async function injectedElements(page: Page): Promise<string[]> {
  const perFrame = await Promise.all(page.frames().map((frame) => scanFrame(frame).catch(() => [])));
  return perFrame.flat();
}

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

/** Every element made from a payload in an HTML document (a briefing), as a browser would parse it. */
export function injectedInHtml(html: string): string[] {
  const found: string[] = [];
  const textOf = (node: P5Node): string =>
    'value' in node && node.nodeName === '#text'
      ? node.value
      : 'childNodes' in node
        ? node.childNodes.map(textOf).join('')
        : '';
  const visit = (node: P5Node, inHead: boolean) => {
    if ('tagName' in node) {
      const el = node as P5Element;
      const why = injectionIn(
        el.tagName,
        el.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value] as const),
        textOf(el),
        inHead,
      );
      if (why) found.push(why);
      if ('content' in el) visit(el.content as P5Node, inHead);
    }
    if ('childNodes' in node) {
      for (const child of node.childNodes)
        visit(child, inHead || ('tagName' in node && node.tagName === 'head'));
    }
  };
  visit(parse(html), false);
  return found;
}

/** What a payload did when it ran: its `__xss(n)` calls, its dialogs, its beacon requests. */
export interface XssWatch {
  dialogs: string[];
  beacons: string[];
  /** Calls of `__xss(n)` in every frame of the page, and the dialogs and beacons so far. */
  fired(page: Page): Promise<{ calls: number[]; dialogs: string[]; beacons: string[] }>;
}

/**
 * Arms a context before its first navigation: installs `__xss` in every frame, records dialogs (and dismisses
 * them, or the page would hang) and every request for a beacon URL.
 */
export async function watchForXss(context: BrowserContext, page: Page): Promise<XssWatch> {
  await context.addInitScript(() => {
    const w = window as unknown as { __xssCalls: number[]; __xss: (n: number) => void };
    w.__xssCalls = [];
    w.__xss = (n) => w.__xssCalls.push(n);
  });
  const dialogs: string[] = [];
  const beacons: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes('/xss-beacon/') || url.hostname.startsWith('xss-beacon'))
      beacons.push(url.href);
  });
  return {
    dialogs,
    beacons,
    async fired(current) {
      const calls = await Promise.all(
        current
          .frames()
          .map((frame) =>
            frame
              .evaluate(() => (window as unknown as { __xssCalls?: number[] }).__xssCalls ?? [])
              .catch(() => [] as number[]),
          ),
      );
      return { calls: calls.flat(), dialogs: [...dialogs], beacons: [...beacons] };
    },
  };
}

/** The page's text as a reader meets it, through shadow roots and slots, whitespace runs collapsed. */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(walk).join('');
      if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
      const children =
        node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
      return [...children].map(walk).join('');
    };
    return walk(document.body).replace(/\s+/g, ' ');
  });
}

/** A payload as it reads once whitespace runs are collapsed (how pageText and the briefings show it). */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
