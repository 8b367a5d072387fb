import type { CrimeCode } from './crimes.ts';
import {
  commonArticle3,
  graveBreaches,
  internationalConflict,
  nonInternationalConflict,
} from './rome-statute-war-crimes.ts';

/**
 * The Rome Statute provisions the catalog must cover. Spanish titles shorten the official Spanish text
 * (the seed of arts. 1–33); English titles shorten the official English text. Both texts are equally
 * authentic (art. 128), and where they differ each title follows its own language: the Spanish 8(2)(b)(ix)
 * omits "education", which the English text and the Spanish 8(2)(e)(iv) include.
 * Scope is the 1998 text as listed in codes.md; later amendments (e.g. Kampala 2010) are not in it.
 */

/** One provision: canonical code, the crime it belongs to, and a short bilingual title. */
export interface RomeStatuteAct {
  code: string;
  crime: CrimeCode;
  title: { en: string; es: string };
}

const g = (code: string, en: string, es: string): RomeStatuteAct => ({
  code,
  crime: 'genocide',
  title: { en, es },
});
const h = (code: string, en: string, es: string): RomeStatuteAct => ({
  code,
  crime: 'crimes_against_humanity',
  title: { en, es },
});
const genocide = [
  g('6(a)', 'Killing members of the group', 'Matanza de miembros del grupo'),
  g(
    '6(b)',
    'Causing serious bodily or mental harm to members of the group',
    'Lesión grave a la integridad física o mental de los miembros del grupo',
  ),
  g(
    '6(c)',
    'Deliberately inflicting conditions of life calculated to bring about the physical destruction of the group',
    'Sometimiento intencional del grupo a condiciones de existencia que acarreen su destrucción física',
  ),
  g(
    '6(d)',
    'Imposing measures intended to prevent births within the group',
    'Medidas destinadas a impedir nacimientos en el seno del grupo',
  ),
  g(
    '6(e)',
    'Forcibly transferring children of the group to another group',
    'Traslado por la fuerza de niños del grupo a otro grupo',
  ),
];

const againstHumanity = [
  h('7(1)(a)', 'Murder', 'Asesinato'),
  h('7(1)(b)', 'Extermination', 'Exterminio'),
  h('7(1)(c)', 'Enslavement', 'Esclavitud'),
  h(
    '7(1)(d)',
    'Deportation or forcible transfer of population',
    'Deportación o traslado forzoso de población',
  ),
  h(
    '7(1)(e)',
    'Imprisonment or other severe deprivation of physical liberty',
    'Encarcelación u otra privación grave de la libertad física',
  ),
  h('7(1)(f)', 'Torture', 'Tortura'),
  h(
    '7(1)(g)',
    'Rape, sexual slavery and other sexual violence',
    'Violación, esclavitud sexual y otras formas de violencia sexual',
  ),
  h(
    '7(1)(h)',
    'Persecution against an identifiable group or collectivity',
    'Persecución de un grupo o colectividad con identidad propia',
  ),
  h('7(1)(i)', 'Enforced disappearance of persons', 'Desaparición forzada de personas'),
  h('7(1)(j)', 'The crime of apartheid', 'El crimen de apartheid'),
  h(
    '7(1)(k)',
    'Other inhumane acts causing great suffering or serious injury',
    'Otros actos inhumanos que causen grandes sufrimientos o atenten gravemente contra la integridad física o la salud',
  ),
];

/** The 66 acts enumerated in arts. 6, 7(1), 8(2)(a), 8(2)(b), 8(2)(c) and 8(2)(e), in statute order. */
export const enumeratedActs: readonly RomeStatuteAct[] = [
  ...genocide,
  ...againstHumanity,
  ...graveBreaches,
  ...internationalConflict,
  ...commonArticle3,
  ...nonInternationalConflict,
];

/**
 * Provisions that are not acts but that the catalog must still cover: the contextual element of crimes
 * against humanity (an attack on a civilian population under a State or organisational policy) and
 * direct and public incitement to genocide, which is punishable even when no genocide follows.
 */
export const otherProvisions: readonly RomeStatuteAct[] = [
  h(
    '7(2)(a)',
    'Attack directed against a civilian population (multiple commission, State or organisational policy)',
    'Ataque contra una población civil (comisión múltiple de actos conforme a la política de un Estado o de una organización)',
  ),
  g(
    '25(3)(e)',
    'Direct and public incitement to commit genocide',
    'Instigación directa y pública a cometer genocidio',
  ),
];

/** Every provision the catalog must cover (68): the enumerated acts, then the other provisions. */
export const romeStatuteActs: readonly RomeStatuteAct[] = [...enumeratedActs, ...otherProvisions];

const byCode = new Map(romeStatuteActs.map((act) => [act.code, act]));

/** The act with this code, or undefined when the code is not in the table. */
export function findAct(code: string): RomeStatuteAct | undefined {
  return byCode.get(code);
}
