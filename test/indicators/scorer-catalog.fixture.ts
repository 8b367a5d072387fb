import type { Indicator } from '../../indicators/catalog-schema.ts';
import type { ScorableCatalog } from '../../indicators/scorer/score.ts';

const base = { description: { en: 'test', es: 'prueba' }, framework: [] as string[] };

/** A small catalog that exercises every rule feature, independent of the real catalog's wording. */
export const testIndicators: Indicator[] = [
  {
    ...base,
    id: 'killing-civilians',
    name: { en: 'Killing of civilians', es: 'Asesinato de civiles' },
    riskFactors: ['RF11', 'RF13'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    legalBasis: ['7(1)(a)', '8(2)(c)(i)'],
    weight: 0.9,
    rules: {
      en: [
        {
          all: [
            ['killed', 'massacr*', 'shot dead'],
            ['civilians', 'villagers', 'people'],
          ],
          none: ['bill'],
        },
      ],
      es: [
        {
          all: [
            ['asesin*', 'masacr*'],
            ['civiles', 'campesinos', 'personas'],
          ],
        },
      ],
    },
  },
  {
    ...base,
    id: 'attack-on-hospital',
    name: { en: 'Attack on a hospital', es: 'Ataque a un hospital' },
    riskFactors: ['RF13'],
    crimes: ['war_crimes'],
    legalBasis: ['8(2)(e)(iv)'],
    weight: 0.8,
    rules: {
      en: [
        {
          all: [
            ['attack*', 'bomb*', 'shell*'],
            ['hospital*', 'clinic*'],
          ],
          none: ['heart attack'],
          window: 8,
        },
      ],
      es: [
        {
          all: [
            ['ataque*', 'bombarde*'],
            ['hospital*', 'clinica*'],
          ],
          none: ['ataque de panico'],
          window: 8,
        },
      ],
    },
  },
  {
    ...base,
    id: 'child-recruitment',
    name: { en: 'Recruitment of children', es: 'Reclutamiento de niños' },
    riskFactors: ['RF13'],
    crimes: ['war_crimes'],
    legalBasis: ['8(2)(e)(vii)'],
    weight: 0.85,
    rules: {
      en: [{ all: [['recruit*'], ['children', 'child', 'minors']] }],
      es: [{ all: [['reclut*'], ['menores', 'ninos', 'ninas']] }],
    },
  },
  {
    ...base,
    id: 'disappearance',
    name: { en: 'Enforced disappearance', es: 'Desaparición forzada' },
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity'],
    legalBasis: ['7(1)(i)'],
    weight: 0.8,
    rules: {
      en: [{ all: [['disappeared', 'disappearance*']] }],
      es: [{ all: [['desaparicion*', 'desaparecid*']] }],
    },
  },
  {
    ...base,
    id: 'hate-speech',
    name: { en: 'Hate speech', es: 'Discurso de odio' },
    riskFactors: ['RF7', 'RF9'],
    crimes: ['genocide'],
    legalBasis: ['25(3)(e)'],
    weight: 0.6,
    rules: { en: [{ all: [['cockroaches', 'vermin']] }], es: [{ all: [['cucarachas', 'alimanas']] }] },
  },
  {
    ...base,
    id: 'past-atrocities',
    name: { en: 'Past atrocities', es: 'Atrocidades pasadas' },
    riskFactors: ['RF2', 'RF11'],
    crimes: ['crimes_against_humanity'],
    legalBasis: ['7(1)(a)'],
    weight: 0.7,
    rules: { en: [{ all: [['genocide', 'pogrom']] }], es: [{ all: [['genocidio', 'pogromo']] }] },
  },
];

export const testCatalog: ScorableCatalog = { version: 'test-catalog', indicators: testIndicators };
