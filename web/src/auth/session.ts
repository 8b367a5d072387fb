import { onUnauthorized, setCsrfToken } from '../api/client.ts';
import { getMe, postLogin, postLogout } from '../api/endpoints.ts';
import type { AuthResponse, User } from '../api/types.ts';
import { Store } from '../state/store.ts';

/** `undefined` while the start-up check runs, `null` when signed out. */
export type SessionState = User | null | undefined;

export const session = new Store<SessionState>(undefined);

function accept(auth: AuthResponse): User {
  setCsrfToken(auth.csrfToken);
  session.set(auth.user);
  return auth.user;
}

function clear(): void {
  setCsrfToken(undefined);
  session.set(null);
}

// Any 401 from a data request means the cookie is gone: forget the user and let the guard redirect.
onUnauthorized(clear);

/** Asks the server whether the cookie is still a session; the answer also carries the CSRF token. */
export async function restoreSession(): Promise<void> {
  try {
    accept(await getMe());
  } catch {
    // 401 is the usual answer. If the server is down instead, the login page is still the right place:
    // its form reports the real error when used.
    clear();
  }
}

export async function login(username: string, password: string): Promise<User> {
  return accept(await postLogin(username, password));
}

export async function logout(): Promise<void> {
  try {
    await postLogout();
  } catch {
    // The server could not be told (network, session already gone). This browser must stop acting as the
    // user all the same; an unreachable server also cannot be used with the old cookie.
  }
  clear();
}
