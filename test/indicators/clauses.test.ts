import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../indicators/catalog-schema.ts';
import { Indicator as IndicatorSchema } from '../../indicators/catalog-schema.ts';
import { scoreText } from '../../indicators/scorer/score.ts';

// Clause reading: a rule marked `clause: true` joins its words only inside one clause of a long sentence, and
// the party that makes an act against persons RF13 must be named in the act's own clause.
const base = { description: { en: 'test', es: 'prueba' }, framework: [] as string[], weight: 0.8 };

const indicators: Indicator[] = [
  {
    ...base,
    id: 'party-attacks-civilians',
    name: { en: 'Party attacks civilians', es: 'Una parte ataca a civiles' },
    riskFactors: ['RF13'],
    crimes: ['war_crimes'],
    legalBasis: ['8(2)(e)(i)'],
    rules: {
      en: [{ all: [['militia'], ['burned', 'raided'], ['residents', 'families']], clause: true }],
      es: [{ all: [['milicia'], ['quemaron', 'asaltaron'], ['vecinos', 'familias']], clause: true }],
    },
  },
  {
    ...base,
    id: 'party-attacks-civilians-anywhere',
    name: { en: 'Same rule, whole sentence', es: 'La misma regla, toda la oración' },
    riskFactors: ['RF13'],
    crimes: ['war_crimes'],
    legalBasis: ['8(2)(b)(i)'],
    rules: {
      en: [{ all: [['militia'], ['burned', 'raided'], ['residents', 'families']] }],
      es: [{ all: [['milicia'], ['quemaron', 'asaltaron'], ['vecinos', 'familias']] }],
    },
  },
  {
    ...base,
    id: 'killing',
    name: { en: 'Killing', es: 'Homicidio' },
    riskFactors: ['RF3'],
    crimes: ['crimes_against_humanity'],
    legalBasis: ['7(1)(a)'],
    rules: {
      en: [{ all: [['killed'], ['farmers', 'villagers']] }],
      es: [
        {
          all: [
            ['mataron', 'asesinados'],
            ['campesinos', 'aldeanos'],
          ],
        },
      ],
    },
  },
];
const catalog = { version: 'clauses-test', indicators: indicators.map((i) => IndicatorSchema.parse(i)) };
const hits = (text: string, lang: 'en' | 'es') => scoreText(catalog, text, { lang }).hits;
const ids = (text: string, lang: 'en' | 'es') => hits(text, lang).map((h) => h.indicatorId);

describe('clause reading of long sentences', () => {
  it('joins the words of a clause rule inside one clause', () => {
    expect(ids('The militia raided the market and burned the homes of 40 families.', 'en')).toContain(
      'party-attacks-civilians',
    );
    expect(ids('La milicia asaltó el mercado y quemaron las casas de 40 familias.', 'es')).toContain(
      'party-attacks-civilians',
    );
  });

  it('does not join them across a semicolon, a colon, ", and", ", while" or "mientras"', () => {
    const en = [
      'The militia burned the granaries; residents of the next valley were spared.',
      'The militia burned the granaries, and residents of the next valley now live in camps.',
      'The militia burned the granaries, while residents of the next valley fled.',
    ];
    for (const text of en) {
      expect(ids(text, 'en')).not.toContain('party-attacks-civilians');
      // Without `clause`, the same words anywhere in the sentence satisfy the rule: the test can fail.
      expect(ids(text, 'en')).toContain('party-attacks-civilians-anywhere');
    }
    const es = [
      'La milicia quemaron los graneros: los vecinos del valle siguiente no sufrieron daños.',
      'La milicia quemaron los graneros mientras los vecinos del valle siguiente huían.',
    ];
    for (const text of es) {
      expect(ids(text, 'es')).not.toContain('party-attacks-civilians');
      expect(ids(text, 'es')).toContain('party-attacks-civilians-anywhere');
    }
  });

  it('reads the conflict party of an act against persons from the act’s own clause (RF13)', () => {
    const same = hits('Rebels killed 12 farmers near the river.', 'en').find(
      (h) => h.indicatorId === 'killing',
    );
    expect(same?.riskFactors).toContain('RF13');
    const other = hits(
      'Rebels shelled the barracks at dawn; in the town, unknown men killed 12 farmers.',
      'en',
    ).find((h) => h.indicatorId === 'killing');
    expect(other).toBeDefined();
    expect(other?.riskFactors).not.toContain('RF13');
    const es = hits(
      'Los rebeldes bombardearon el cuartel, mientras en el pueblo unos desconocidos mataron a 12 campesinos.',
      'es',
    ).find((h) => h.indicatorId === 'killing');
    expect(es).toBeDefined();
    expect(es?.riskFactors).not.toContain('RF13');
  });
});
