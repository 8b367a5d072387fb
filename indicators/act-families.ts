/**
 * The enumerated acts grouped into families of conduct that a sentence of a report can describe. A killing of
 * civilians may be murder (7(1)(a)), wilful killing (8(2)(a)(i)) or violence to life (8(2)(c)(i)) depending on
 * context a single sentence seldom gives, so analysts, the evaluation and the UI speak of the family, and the
 * hit keeps every provision it could fall under.
 */
export interface ActFamily {
  id: string;
  name: { en: string; es: string };
  provisions: string[];
}

const f = (id: string, en: string, es: string, provisions: string[]): ActFamily => ({
  id,
  name: { en, es },
  provisions,
});

export const ACT_FAMILIES: readonly ActFamily[] = [
  f('killing', 'Killing', 'Homicidios y matanzas', ['6(a)', '7(1)(a)', '8(2)(a)(i)', '8(2)(c)(i)']),
  f('extermination', 'Extermination', 'Exterminio', ['7(1)(b)']),
  f('enslavement', 'Enslavement and trafficking', 'Esclavitud y trata', ['7(1)(c)']),
  f('displacement', 'Deportation and forced displacement', 'Deportación y desplazamiento forzado', [
    '7(1)(d)',
    '8(2)(a)(vii)',
    '8(2)(b)(viii)',
    '8(2)(e)(viii)',
  ]),
  f('detention', 'Arbitrary detention and hostage-taking', 'Detención arbitraria y toma de rehenes', [
    '7(1)(e)',
    '8(2)(a)(viii)',
    '8(2)(c)(iii)',
  ]),
  f('torture', 'Torture and cruel or inhuman treatment', 'Tortura y tratos crueles o inhumanos', [
    '6(b)',
    '7(1)(f)',
    '7(1)(k)',
    '8(2)(a)(ii)',
    '8(2)(a)(iii)',
    '8(2)(b)(xxi)',
    '8(2)(c)(ii)',
  ]),
  f('sexual-violence', 'Sexual and gender-based violence', 'Violencia sexual y de género', [
    '7(1)(g)',
    '8(2)(b)(xxii)',
    '8(2)(e)(vi)',
  ]),
  f('persecution', 'Persecution', 'Persecución', ['7(1)(h)']),
  f('disappearance', 'Enforced disappearance', 'Desaparición forzada', ['7(1)(i)']),
  f('apartheid', 'Apartheid', 'Apartheid', ['7(1)(j)']),
  f('destroying-group', 'Measures to destroy a group', 'Medidas para destruir a un grupo', [
    '6(c)',
    '6(d)',
    '6(e)',
  ]),
  f(
    'attacks-on-civilians',
    'Attacks on civilians and civilian objects',
    'Ataques contra civiles y bienes civiles',
    ['8(2)(b)(i)', '8(2)(b)(ii)', '8(2)(b)(iv)', '8(2)(b)(v)', '8(2)(e)(i)'],
  ),
  f(
    'attacks-on-aid',
    'Attacks on humanitarian and peacekeeping missions',
    'Ataques contra misiones humanitarias y de paz',
    ['8(2)(b)(iii)', '8(2)(e)(iii)'],
  ),
  f(
    'protected-buildings',
    'Attacks on hospitals, schools, places of worship and protected emblems',
    'Ataques contra hospitales, escuelas, lugares de culto y emblemas protegidos',
    ['8(2)(b)(ix)', '8(2)(b)(xxiv)', '8(2)(e)(ii)', '8(2)(e)(iv)'],
  ),
  f('pillage-destruction', 'Pillage and destruction of property', 'Saqueo y destrucción de bienes', [
    '8(2)(a)(iv)',
    '8(2)(b)(xiii)',
    '8(2)(b)(xvi)',
    '8(2)(e)(v)',
    '8(2)(e)(xii)',
  ]),
  f('starvation', 'Starvation and obstruction of relief', 'Hambre como arma y obstrucción de la ayuda', [
    '8(2)(b)(xxv)',
  ]),
  f('child-soldiers', 'Recruitment and use of children', 'Reclutamiento y utilización de niños', [
    '8(2)(b)(xxvi)',
    '8(2)(e)(vii)',
  ]),
  f('prohibited-weapons', 'Prohibited weapons', 'Armas prohibidas', [
    '8(2)(b)(xvii)',
    '8(2)(b)(xviii)',
    '8(2)(b)(xix)',
    '8(2)(b)(xx)',
  ]),
  f(
    'perfidy-no-quarter',
    'Perfidy, no quarter and attacks on those out of combat',
    'Perfidia, no dar cuartel y ataques a personas fuera de combate',
    ['8(2)(b)(vi)', '8(2)(b)(vii)', '8(2)(b)(xi)', '8(2)(b)(xii)', '8(2)(e)(ix)', '8(2)(e)(x)'],
  ),
  f(
    'denial-of-justice',
    'Executions without trial and denial of rights',
    'Ejecuciones sin juicio y denegación de derechos',
    ['8(2)(a)(vi)', '8(2)(b)(xiv)', '8(2)(c)(iv)'],
  ),
  f('mutilation-experiments', 'Mutilation and medical experiments', 'Mutilaciones y experimentos médicos', [
    '8(2)(b)(x)',
    '8(2)(e)(xi)',
  ]),
  f(
    'forced-service',
    'Forcing protected persons to serve the enemy',
    'Obligar a personas protegidas a servir al enemigo',
    ['8(2)(a)(v)', '8(2)(b)(xv)'],
  ),
  f(
    'widespread-attack',
    'Attack directed against a civilian population',
    'Ataque contra una población civil',
    ['7(2)(a)'],
  ),
  f('incitement', 'Direct and public incitement to genocide', 'Instigación directa y pública al genocidio', [
    '25(3)(e)',
  ]),
];

const FAMILY_OF = new Map<string, string>();
for (const family of ACT_FAMILIES) for (const code of family.provisions) FAMILY_OF.set(code, family.id);

/** The family of a provision code, or undefined when the code is not an enumerated act. */
export function familyOf(provision: string): string | undefined {
  return FAMILY_OF.get(provision);
}
