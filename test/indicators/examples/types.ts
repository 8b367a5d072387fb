/** An example sentence per language that an indicator's rules must fire on. */
export type Examples = Record<string, { en: string; es: string }>;
