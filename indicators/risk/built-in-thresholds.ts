/**
 * The names of the thresholds Atalaya ships (db/migrations/2026_11_23_1900_create_alerts.ts seeds them in
 * English, the language of stored data), in each UI language. A threshold an analyst renamed keeps its own name;
 * one still bearing a shipped name is shown in the reader's language, in the dashboard and in briefings.
 */
const NAMES: ReadonlyArray<{ en: string; es: string }> = [
  { en: 'Score reaches high', es: 'El puntaje llega a nivel alto' },
  { en: 'Score rises 15 points in 30 days', es: 'El puntaje sube 15 puntos en 30 días' },
  {
    en: 'Intent to destroy a protected group (RF10) reaches 0.5',
    es: 'La intención de destruir a un grupo protegido (RF10) llega a 0,5',
  },
];

/** The threshold's name in `lang`: a shipped name translated, any other name as the analyst wrote it. */
export function thresholdDisplayName(name: string, lang: 'en' | 'es'): string {
  return NAMES.find((n) => n.en === name)?.[lang] ?? name;
}
