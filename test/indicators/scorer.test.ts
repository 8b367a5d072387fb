import { describe, expect, it } from 'vitest';
import { scoreText } from '../../indicators/scorer/score.ts';
import { testCatalog } from './scorer-catalog.fixture.ts';

const score = (text: string, lang?: string) => scoreText(testCatalog, text, { lang });
const ids = (text: string, lang?: string) => score(text, lang).hits.map((h) => h.indicatorId);

describe('scoreText: matching', () => {
  it('folds case, accents, plurals and verb forms through prefix terms', () => {
    expect(ids('MASACRARON a 12 campesinos en la vereda.', 'es')).toEqual(['killing-civilians']);
    expect(ids('La masacre de campesinos fue denunciada.', 'es')).toEqual(['killing-civilians']);
    expect(ids('Gunmen massacred villagers near the river.', 'en')).toEqual(['killing-civilians']);
    expect(ids('Militias carried out massacres of civilians.', 'en')).toEqual(['killing-civilians']);
  });

  it('matches multi-word terms only on consecutive words', () => {
    expect(ids('Two villagers were shot dead at the checkpoint.', 'en')).toEqual(['killing-civilians']);
    expect(ids('Two villagers were shot, and one was found dead.', 'en')).toEqual([]);
  });

  it('needs every group of a rule in the same sentence (context, not keywords)', () => {
    expect(ids('The clinic reported shortages of insulin.', 'en')).toEqual([]);
    expect(ids('Rebels shelled the district hospital overnight.', 'en')).toEqual(['attack-on-hospital']);
    expect(ids('Rebels shelled the town. The hospital was full.', 'en')).toEqual([]);
  });

  it('honours exclusions and windows', () => {
    expect(ids('Sufrió un ataque de pánico en el hospital.', 'es')).toEqual([]);
    expect(ids('The patient had a heart attack at the hospital.', 'en')).toEqual([]);
    expect(ids('Senators killed the bill that would have protected people.', 'en')).toEqual([]);
    const far =
      'The attack, which began at dawn and lasted for many hours according to several residents and local officials, reached the hospital.';
    expect(ids(far, 'en')).toEqual([]);
  });

  it('does not let one word satisfy two groups', () => {
    expect(ids('They recruit.', 'en')).toEqual([]);
  });
});

describe('scoreText: evidence', () => {
  it('quotes the sentence with offsets into the original text, and the words that matched', () => {
    const text = '😀 Informe.  Más de 200 civiles fueron asesinados en Tumaco. Otra frase.';
    const [hit] = score(text, 'es').hits;
    expect(hit!.evidence.text).toBe('Más de 200 civiles fueron asesinados en Tumaco.');
    expect(text.slice(hit!.evidence.start, hit!.evidence.end)).toBe(hit!.evidence.text);
    expect(hit!.matches.map((m) => text.slice(m.start, m.end))).toEqual(['civiles', 'asesinados']);
  });

  it('keeps offsets exact when the text holds decomposed accents', () => {
    const text = `${'Los campesinos fueron asesinados.'.normalize('NFD')} Más.`;
    const decomposed = 'Campe\u0301sinos asesinados en la vereda.';
    const [hit] = score(decomposed, 'es').hits;
    expect(decomposed.slice(hit!.matches[0]!.start, hit!.matches[0]!.end)).toBe('Campe\u0301sinos');
    expect(score(text, 'es').hits).toHaveLength(1);
  });

  it('splits sentences at full stops but not after abbreviations, initials or decimals', () => {
    const text =
      'Dr. Okello said the U.N. team counted 3.5 percent. Soldiers killed villagers. Rebels shelled the hospital!';
    const hits = score(text, 'en').hits;
    expect(hits.map((h) => h.evidence.text)).toEqual([
      'Soldiers killed villagers.',
      'Rebels shelled the hospital!',
    ]);
    const abbreviated = 'Gen. Ruto said militias killed civilians.';
    expect(score(abbreviated, 'en').hits[0]!.evidence.text).toBe(abbreviated);
  });

  it('treats blank lines and bullets as sentence breaks, but not a single hard-wrapped line break', () => {
    const wrapped = 'Soldiers attacked\nthe hospital at night.';
    expect(ids(wrapped, 'en')).toEqual(['attack-on-hospital']);
    const bullets = 'Soldiers attacked the market\n- The hospital received the wounded';
    expect(ids(bullets, 'en')).toEqual([]);
  });
});

describe('scoreText: negation, denial, history and fiction', () => {
  it('marks negated hits and lets them add nothing', () => {
    const result = score('No civilians were killed in the operation.', 'en');
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0]).toMatchObject({ negated: true, weight: 0 });
    expect(result.score).toBe(0);
    expect(score('No se registraron desapariciones durante la jornada.', 'es').hits[0]!.negated).toBe(true);
    expect(
      score("The soldiers didn't kill any villagers; they massacred nobody.", 'en').hits.every(
        (h) => h.negated,
      ),
    ).toBe(true);
  });

  it('marks denials anywhere before the act', () => {
    expect(
      score('The army denied that its soldiers had killed civilians in the village.', 'en').hits[0]!.negated,
    ).toBe(true);
    expect(
      score('El gobierno negó que sus tropas hubieran asesinado a campesinos.', 'es').hits[0]!.negated,
    ).toBe(true);
  });

  it('does not negate when the negation is elsewhere or neutralised', () => {
    expect(score('Soldiers killed 12 civilians; no arrests were made.', 'en').hits[0]!.negated).toBe(false);
    expect(score('Not only civilians were killed but also aid workers.', 'en').hits[0]!.negated).toBe(false);
    expect(score('Sin embargo, los paramilitares asesinaron a 5 campesinos.', 'es').hits[0]!.negated).toBe(
      false,
    );
  });

  it('prefers an un-negated occurrence when a rule can be satisfied twice', () => {
    const text = 'No civilians were harmed in the north, but in the south soldiers killed villagers.';
    expect(score(text, 'en').hits[0]).toMatchObject({ negated: false });
  });

  it('reads events dated years before the report as history, only when the report date is known', () => {
    const text = 'In 1994, soldiers killed villagers near the river.';
    expect(scoreText(testCatalog, text, { lang: 'en', date: '2026-03-01' }).hits[0]!.context).toBe(
      'historical',
    );
    expect(scoreText(testCatalog, text, { lang: 'en', date: '1994-06-01' }).hits[0]!.context).toBe('current');
    expect(scoreText(testCatalog, text, { lang: 'en' }).hits[0]!.context).toBe('current');
    const es = 'Durante 1985 fueron asesinados campesinos en la región.';
    expect(scoreText(testCatalog, es, { lang: 'es', date: 2026 }).hits[0]!.context).toBe('historical');
  });

  it('counts a past atrocity as a record of violations (RF2) only, and as no current crime', () => {
    const [hit] = score('A museum on the genocide opened on Sunday.', 'en').hits;
    expect(hit).toMatchObject({
      indicatorId: 'past-atrocities',
      context: 'historical',
      riskFactors: ['RF2'],
      crimes: [],
    });
    expect(hit!.weight).toBeGreaterThan(0);
    const result = score('A museum on the genocide opened on Sunday.', 'en');
    expect(result.riskFactors.RF2).toBeGreaterThan(0);
    expect(result.riskFactors.RF11).toBe(0);
    expect(result.crimes.crimes_against_humanity).toBe(0);
  });

  it('lists history and fiction but counts neither', () => {
    const museum = score('A museum on the 1994 massacre of villagers opened on Sunday.', 'en');
    expect(museum.hits[0]).toMatchObject({ context: 'historical', weight: 0, negated: false });
    expect(museum.score).toBe(0);
    const film = score('La película narra cómo fueron asesinados los campesinos.', 'es');
    expect(film.hits[0]!.context).toBe('fiction');
  });
});

describe('scoreText: magnitude and protected groups', () => {
  it('reads casualty figures near the act, in both number styles and in words', () => {
    expect(score('At least 37 civilians were killed.', 'en').hits[0]!.magnitude).toBe(37);
    expect(score('Más de 1.200 civiles fueron asesinados.', 'es').hits[0]!.magnitude).toBe(1200);
    expect(score('Some 1,200 villagers were killed.', 'en').hits[0]!.magnitude).toBe(1200);
    expect(score('Dozens of villagers were killed.', 'en').hits[0]!.magnitude).toBe(24);
    expect(score('Unos 2 mil campesinos fueron asesinados.', 'es').hits[0]!.magnitude).toBe(2000);
    expect(score('In 2023 soldiers killed villagers.', 'en').hits[0]!.magnitude).toBeNull();
  });

  it('raises the weight of a hit with its magnitude, within bounds', () => {
    const one = score('Soldiers killed villagers.', 'en').hits[0]!.weight;
    const many = score('Soldiers killed 400 villagers.', 'en').hits[0]!.weight;
    const huge = score('Soldiers killed 40000 villagers.', 'en').hits[0]!.weight;
    expect(one).toBe(0.9);
    expect(many).toBeGreaterThan(one);
    expect(huge).toBeGreaterThan(many);
    expect(huge).toBeLessThanOrEqual(0.9 * 1.5);
  });

  it('attaches the protected groups named in the sentence', () => {
    const [hit] = score('Soldiers killed 30 Rohingya villagers near a mosque.', 'en').hits;
    expect(hit!.groups.map((g) => [g.text, g.kind])).toEqual([
      ['Rohingya', 'ethnic'],
      ['mosque', 'religious'],
    ]);
    const [es] = score('Fueron asesinados 8 campesinos indígenas wayuu.', 'es').hits;
    expect(es!.groups.map((g) => g.kind)).toEqual(['ethnic', 'ethnic']);
  });
});

describe('scoreText: language', () => {
  it('detects English and Spanish', () => {
    expect(score('The soldiers killed the villagers in the night and burned their houses.').lang).toBe('en');
    expect(
      score('Los soldados asesinaron a los campesinos durante la noche y quemaron sus casas.').lang,
    ).toBe('es');
  });

  it('falls back to the catalog vocabulary for very short texts', () => {
    expect(score('Villagers massacred.').lang).toBe('en');
    expect(score('Campesinos asesinados.').lang).toBe('es');
  });

  it('scores nothing in another language, and says so', () => {
    const fr = score(
      'Les soldats ont tué les villageois et ont brûlé les maisons de la région pendant la nuit.',
    );
    expect(fr).toMatchObject({ lang: 'fr', scored: false, hits: [], score: 0 });
    expect(fr.notice).toMatch(/not scored/);
    const ar = score('قتل الجنود القرويين في الليل');
    expect(ar).toMatchObject({ lang: 'ar', scored: false, hits: [] });
  });
});

describe('scoreText: aggregation', () => {
  it('returns every risk factor and crime in [0, 1] and a score in [0, 100]', () => {
    const r = score(
      'Soldiers killed 300 villagers and shelled the hospital; children were recruited. Vermin, they said.',
      'en',
    );
    expect(Object.keys(r.riskFactors)).toHaveLength(14);
    for (const v of [...Object.values(r.riskFactors), ...Object.values(r.crimes)]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(100);
  });

  it('saturates: one indicator repeated a hundred times cannot max out a factor', () => {
    const r = score('Soldiers killed villagers. '.repeat(100), 'en');
    expect(r.hits).toHaveLength(100);
    expect(r.riskFactors.RF11).toBeLessThanOrEqual(0.6);
    const once = score('Soldiers killed villagers.', 'en');
    expect(r.score).toBeLessThan(2 * once.score);
  });

  it('is monotone: more evidence never lowers a value', () => {
    const texts = [
      'Soldiers killed villagers.',
      'Soldiers killed villagers. Soldiers killed villagers.',
      'Soldiers killed villagers. Soldiers killed villagers. Rebels shelled the hospital.',
      'Soldiers killed villagers. Soldiers killed villagers. Rebels shelled the hospital. Children were recruited.',
    ].map((t) => score(t, 'en'));
    for (let i = 1; i < texts.length; i++) {
      expect(texts[i]!.score).toBeGreaterThanOrEqual(texts[i - 1]!.score);
      for (const [rf, v] of Object.entries(texts[i]!.riskFactors)) {
        expect(v).toBeGreaterThanOrEqual(texts[i - 1]!.riskFactors[rf as 'RF1']);
      }
    }
  });

  it('rewards breadth across risk factors over repetition of one indicator', () => {
    const repeated = score('Soldiers killed villagers. '.repeat(5), 'en').score;
    const broad = score(
      'Soldiers killed villagers. They called them vermin. Dozens disappeared.',
      'en',
    ).score;
    expect(broad).toBeGreaterThan(repeated);
  });
});
