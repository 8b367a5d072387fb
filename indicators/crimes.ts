/** The three atrocity crimes Atalaya scores, with their canonical codes (docs: codes.md). */

export const CRIME_CODES = ['genocide', 'crimes_against_humanity', 'war_crimes'] as const;

/** Canonical crime code; part of the public API, never renamed. */
export type CrimeCode = (typeof CRIME_CODES)[number];

/** A crime category with its bilingual name and the Rome Statute article that defines it. */
export interface Crime {
  code: CrimeCode;
  name: { en: string; es: string };
  article: number;
}

export const crimes: readonly Crime[] = [
  { code: 'genocide', name: { en: 'Genocide', es: 'Genocidio' }, article: 6 },
  {
    code: 'crimes_against_humanity',
    name: { en: 'Crimes against humanity', es: 'Crímenes de lesa humanidad' },
    article: 7,
  },
  { code: 'war_crimes', name: { en: 'War crimes', es: 'Crímenes de guerra' }, article: 8 },
];
