import { Store } from '../state/store.ts';
import { currentLocation } from './router.ts';
import type { RouteName } from './routes.ts';

// Each page is a chunk of its own, fetched the first time its route is visited, so the first download holds
// the shell (header, router, strings, API client) and not every page with its charts (docs/PERFORMANCE.md,
// "Production JavaScript bundle"). The sign-in form and the not-found page stay in the entry: a signed-out
// visitor needs the form at once, and both are small.
const pageModules = {
  overview: () => import('../components/aty-overview-page.ts'),
  country: () => import('../components/aty-country-page.ts'),
  compare: () => import('../components/aty-compare-page.ts'),
  reports: () => import('../components/aty-reports-page.ts'),
  report: () => import('../components/aty-report-page.ts'),
  ingest: () => import('../components/aty-ingest-page.ts'),
  alerts: () => import('../components/aty-alerts-page.ts'),
  alert: () => import('../components/aty-alert-page.ts'),
  thresholds: () => import('../components/aty-thresholds-page.ts'),
  briefings: () => import('../components/aty-briefings-page.ts'),
  settings: () => import('../components/aty-settings-page.ts'),
} satisfies Record<Exclude<RouteName, 'login' | 'notFound'>, () => Promise<unknown>>;

/** A route whose page element is defined by a chunk loaded on demand. */
export type LazyPage = keyof typeof pageModules;

/** `loading` until the page's element is defined; `failed` when the chunk could not be fetched (offline). */
export type PageState = 'loading' | 'ready' | 'failed';

/** The state of every page asked for so far; the shell shows a page only once it is `ready`. */
export const pageStates = new Store<ReadonlyMap<LazyPage, PageState>>(new Map());

export function isLazyPage(name: RouteName): name is LazyPage {
  return Object.hasOwn(pageModules, name);
}

function setState(name: LazyPage, state: PageState): void {
  pageStates.set(new Map(pageStates.value).set(name, state));
}

/** Fetches the page's chunk unless it is loaded or on its way; after a failure, tries again. */
export function loadPage(name: LazyPage): void {
  const state = pageStates.value.get(name);
  if (state === 'loading' || state === 'ready') return;
  setState(name, 'loading');
  pageModules[name]().then(
    () => setState(name, 'ready'),
    () => setState(name, 'failed'),
  );
}

let started = false;

/**
 * Loads the current route's page, now and on every navigation. Started with the router, before the session
 * check answers, so the page's chunk and the session arrive together rather than one after the other.
 */
export function startPageLoader(): void {
  if (started) return;
  started = true;
  const load = (): void => {
    const { name } = currentLocation.value.route;
    if (isLazyPage(name)) loadPage(name);
  };
  currentLocation.subscribe(load);
  load();
}
