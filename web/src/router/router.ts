import { takeLangParam } from '../i18n/index.ts';
import { Store } from '../state/store.ts';
import { matchRoute, type Route } from './routes.ts';

export interface AppLocation {
  /** Path and query, e.g. "/compare?countries=SDN,MMR": what `?next=` needs to come back here. */
  href: string;
  pathname: string;
  search: URLSearchParams;
  route: Route;
}

/** The current location; the shell re-renders from it. */
export const currentLocation = new Store<AppLocation>(readLocation());

function readLocation(): AppLocation {
  const { pathname, search } = window.location;
  return {
    href: pathname + search,
    pathname,
    search: new URLSearchParams(search),
    route: matchRoute(pathname),
  };
}

/** Client-side navigation: no reload, so the language, the session and fetched data all survive. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = takeLangParam(new URL(to, window.location.origin));
  const href = url.pathname + url.search + url.hash;
  const here = window.location.pathname + window.location.search + window.location.hash;
  // Clicking the link of the page already shown must not stack a duplicate history entry.
  if (href === here && !options.replace) return;
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  currentLocation.set(readLocation());
}

let started = false;

/** Listens to back/forward and to clicks on same-origin links anywhere, including inside shadow roots. */
export function startRouter(): void {
  if (started) return;
  started = true;
  const initial = new URL(window.location.href);
  const cleaned = takeLangParam(initial);
  if (cleaned !== initial) history.replaceState(null, '', cleaned.pathname + cleaned.search + cleaned.hash);
  currentLocation.set(readLocation());
  window.addEventListener('popstate', () => currentLocation.set(readLocation()));
  document.addEventListener('click', onClick);
}

function onClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  // composedPath() sees through shadow roots, where every link of this app lives.
  const anchor = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
  const href = anchor.getAttribute('href');
  if (!href || href.startsWith('#')) return;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}
