import type { Lang } from '../i18n/index.ts';

// Events that travel up to the shell. All bubble and are composed, so they cross shadow roots.

export interface LanguageChangeDetail {
  lang: Lang;
}

export function languageChange(lang: Lang): CustomEvent<LanguageChangeDetail> {
  return new CustomEvent('aty-language-change', { detail: { lang }, bubbles: true, composed: true });
}

/** The user asked to sign out (header button or Settings). */
export function logoutRequest(): CustomEvent<null> {
  return new CustomEvent('aty-logout', { detail: null, bubbles: true, composed: true });
}

/** An admin changed users or tokens: the audit log should reload. */
export function adminChange(): CustomEvent<null> {
  return new CustomEvent('aty-admin-change', { detail: null, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'aty-language-change': CustomEvent<LanguageChangeDetail>;
    'aty-logout': CustomEvent<null>;
    'aty-admin-change': CustomEvent<null>;
  }
}
