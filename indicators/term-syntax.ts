/**
 * The syntax of a matching term. The scorer lower-cases text, strips accents (NFD, combining marks
 * removed, so "ñ" becomes "n") and splits it into tokens made of a–z and 0–9 only: hyphens and
 * apostrophes separate words ("non-state" is two tokens). A term must be written in that same folded
 * form, or it could never match.
 */

/**
 * Shortest prefix allowed before `*` in a one-word term: shorter ones overmatch (`rap*` hits "rapid",
 * `nin*` "ninguno"). Inside a phrase the other words anchor the prefix, so `marriage ban*` is fine.
 */
export const MIN_PREFIX_LENGTH = 4;

/** Why a term is malformed, or undefined when it is well-formed. */
export function termProblem(term: string): string | undefined {
  if (term.length === 0) return 'is empty';
  if (term !== term.trim() || term.includes('  ')) return 'has an empty token (stray space)';
  if (term !== term.toLowerCase()) return 'must be lower-case';
  if (term.normalize('NFD') !== term || /\p{M}/u.test(term)) return 'must be written without accents';
  const tokens = term.split(' ');
  for (const token of tokens) {
    const stem = token.endsWith('*') ? token.slice(0, -1) : token;
    if (stem.includes('*')) return `'*' may only end a token ('${token}')`;
    if (!/^[a-z0-9]+$/.test(stem)) return `token '${token}' may only use a-z and 0-9`;
    if (tokens.length === 1 && token.endsWith('*') && stem.length < MIN_PREFIX_LENGTH) {
      return `prefix '${token}' is shorter than ${MIN_PREFIX_LENGTH} letters`;
    }
  }
  return undefined;
}
