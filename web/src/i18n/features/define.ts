/**
 * A feature's messages in both languages. Typing `es` by the keys of `en` makes a key missing from (or extra
 * in) either language a compile error, as for the shell's catalogs. Each page keeps its strings in its own file
 * (`features/<page>.ts`) so pages can grow without touching each other.
 */
export function defineMessages<const K extends string>(
  en: Record<K, string>,
  es: NoInfer<Record<K, string>>,
): { en: Record<K, string>; es: Record<K, string> } {
  return { en, es };
}
