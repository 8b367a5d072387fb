import { currentLocation, navigate } from '../router/router.ts';
import { safeNext } from '../router/routes.ts';
import { session } from './session.ts';

/**
 * Keeps the location consistent with the session: signed-out visitors go to /login (remembering where they
 * were going), signed-in users leave /login for that remembered place.
 */
export function startAuthGuard(): void {
  const check = (): void => {
    const user = session.value;
    const { route, href, search } = currentLocation.value;
    if (user === undefined) return;
    if (user === null && route.name !== 'login') {
      const next = href === '/' ? '' : `?next=${encodeURIComponent(href)}`;
      navigate(`/login${next}`, { replace: true });
    } else if (user && route.name === 'login') {
      navigate(safeNext(search.get('next')), { replace: true });
    }
  };
  session.subscribe(check);
  currentLocation.subscribe(check);
  check();
}
