// The dashboard's path routes (api-contract.md, "Web routes"). Pure: no DOM, no history.

export type RouteName =
  | 'overview'
  | 'login'
  | 'country'
  | 'compare'
  | 'reports'
  | 'report'
  | 'ingest'
  | 'alerts'
  | 'alert'
  | 'thresholds'
  | 'briefings'
  | 'settings'
  | 'notFound';

export interface Route {
  name: RouteName;
  params: Readonly<Record<string, string>>;
}

const table: ReadonlyArray<readonly [pattern: string, name: RouteName]> = [
  ['/', 'overview'],
  ['/login', 'login'],
  ['/countries/:iso3', 'country'],
  ['/compare', 'compare'],
  ['/reports', 'reports'],
  ['/reports/:id', 'report'],
  ['/ingest', 'ingest'],
  ['/alerts', 'alerts'],
  ['/alerts/:id', 'alert'],
  ['/thresholds', 'thresholds'],
  ['/briefings', 'briefings'],
  ['/settings', 'settings'],
];

export function matchRoute(pathname: string): Route {
  // A trailing slash is the same page ("/alerts/" is "/alerts"), but "/" itself must stay "/".
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const parts = path.split('/');
  for (const [pattern, name] of table) {
    const params = matchPattern(pattern.split('/'), parts);
    if (params) return { name, params };
  }
  return { name: 'notFound', params: {} };
}

function matchPattern(pattern: string[], parts: string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of pattern.entries()) {
    const part = parts[i] ?? '';
    if (segment.startsWith(':')) {
      const value = safeDecode(part);
      if (!value) return undefined;
      params[segment.slice(1)] = value;
    } else if (segment !== part) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape ("%E0") is a page that does not exist, not a crash.
    return undefined;
  }
}

/**
 * Where to go after signing in. Only same-origin paths are accepted: `?next=//evil.example` must not turn
 * the login page into an open redirect.
 */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (matchRoute(new URL(next, 'http://x').pathname).name === 'login') return '/';
  return next;
}
