/**
 * Writes a term group as one '|'-separated string, so that a group of thirty synonyms stays one readable
 * line instead of thirty formatted ones. Returns the plain string[] the Rule schema expects; the schema,
 * not this helper, checks that each term is well-formed.
 */
export function terms(list: string): string[] {
  return list.split('|').map((term) => term.trim());
}

/**
 * Joins shared groups and extra terms into one group without repeats (the schema rejects a term written
 * twice in a rule, and shared groups overlap: "students" is a victim and a target of arrests).
 */
export function anyOf(...groups: readonly string[][]): string[] {
  return [...new Set(groups.flat())];
}
