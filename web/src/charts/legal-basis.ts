// Rome Statute provisions written for people. The catalog's codes are `7(1)(i)`, `8(2)(b)(xxvi)`, `25(3)(e)`
// (codes.md: no spaces, no prefix); readers expect "Art. 7(1)(i)". Pure: no DOM.
import { findAct } from '../../../indicators/rome-statute-acts.ts';

type Lang = 'en' | 'es';

/** An article number, then each paragraph, sub-paragraph or item in parentheses. */
const PROVISION = /^([1-9][0-9]*)((?:\([0-9]+\)|\([a-z]\)|\([ivxl]+\))*)$/;

/** True for a well-formed provision code such as `7(1)(i)`. */
export function isProvisionCode(code: string): boolean {
  return PROVISION.test(code);
}

/**
 * The short form shown beside a hit: "Art. 7(1)(i)" (the abbreviation is the same in English and Spanish).
 * Anything that is not a provision code is shown as it is rather than dressed up as one.
 */
export function formatLegalBasis(code: string): string {
  return isProvisionCode(code) ? `Art. ${code}` : code;
}

/**
 * The long form, for screen readers and tooltips: "Rome Statute, article 7(1)(i): Enforced disappearance of
 * persons" / "Estatuto de Roma, artículo 7(1)(i): Desaparición forzada de personas". The act's title is added
 * when the provision is one the catalog knows.
 */
export function describeLegalBasis(code: string, lang: Lang): string {
  if (!isProvisionCode(code)) return code;
  const base = lang === 'es' ? `Estatuto de Roma, artículo ${code}` : `Rome Statute, article ${code}`;
  const title = findAct(code)?.title[lang];
  return title ? `${base}: ${title}` : base;
}

/** The act's short title in the language ("Enforced disappearance of persons"), when known. */
export function legalBasisTitle(code: string, lang: Lang): string | undefined {
  return findAct(code)?.title[lang];
}
