import { type MessageKey, t } from '../i18n/index.ts';
import type { Route, RouteName } from './routes.ts';

/** Routes whose title is `page.<name>.title` (with the route's parameters). */
export type TitledRoute = Exclude<RouteName, 'overview' | 'login' | 'settings' | 'notFound'>;

function hasPageTitle(name: RouteName): name is TitledRoute {
  return !['overview', 'login', 'settings', 'notFound'].includes(name);
}

const fixedTitles: Record<Exclude<RouteName, TitledRoute>, MessageKey> = {
  overview: 'overview.title',
  login: 'login.title',
  settings: 'settings.title',
  notFound: 'page.notFound.title',
};

/** The page's heading, also used for `document.title` so screen readers announce where a link led. */
export function routeTitle(route: Route): string {
  const { name, params } = route;
  if (hasPageTitle(name)) return t(`page.${name}.title`, params);
  return t(fixedTitles[name]);
}
