import { type MessageKey, t } from '../i18n/index.ts';
import type { Route, RouteName } from './routes.ts';

/** Routes whose page is still an honest "not available yet" notice (see aty-placeholder-page). */
export type PlaceholderName = Exclude<RouteName, 'overview' | 'login' | 'settings' | 'notFound'>;

export function isPlaceholder(name: RouteName): name is PlaceholderName {
  return !['overview', 'login', 'settings', 'notFound'].includes(name);
}

const fixedTitles: Record<Exclude<RouteName, PlaceholderName>, MessageKey> = {
  overview: 'overview.title',
  login: 'login.title',
  settings: 'settings.title',
  notFound: 'page.notFound.title',
};

/** The page's heading, also used for `document.title` so screen readers announce where a link led. */
export function routeTitle(route: Route): string {
  const { name, params } = route;
  if (isPlaceholder(name)) return t(`page.${name}.title`, params);
  return t(fixedTitles[name]);
}
