import type { RFCode } from './risk-factors.ts';

/**
 * What religious and civil-society leaders can do, by risk factor, in the three pillars of the 2017 Plan of
 * Action for Religious Leaders and Actors to Prevent Incitement to Violence that Could Lead to Atrocity Crimes
 * (the "Fez Plan of Action", from the UN Office on Genocide Prevention and the Responsibility to Protect). The
 * wording is the team's own; it is not a quotation of the Plan.
 *
 * Checked on 2026-11-23 against /work/shared/docs/framework-outline.md §4, the seed on the Office's work with
 * KAICIID and religious leaders, and stored pages: A/73/362 §64 (adattar.minorityforum.info), the Plan's table of
 * contents (docslib.org/doc/11215454), the African regional plan's summary (edgefunders.org). What holds:
 * - the pillars: recommendations that PREVENT incitement (including to violent extremism and to gender-based
 *   violence), STRENGTHEN the tools to prevent it, and BUILD the conditions against it through peaceful,
 *   inclusive and fair societies and human rights (A/73/362 §64);
 * - the nine themes, numbered as in the Plan: 1 specific actions against incitement, 2 violent extremism,
 *   3 gender-based violence (these three are PREVENT), 4 education and capacity-building, 5 peaceful, inclusive
 *   and just societies through human rights, 6 traditional and new media, 7 networks of religious leaders,
 *   8 interfaith and intra-faith dialogue, 9 regional and international partners.
 * Unverified: which of themes 4–9 sit under STRENGTHEN and which under BUILD (the Plan's body could not be read;
 * only theme 5 follows from A/73/362's wording of BUILD), and the Plan's individual recommendations. Each action
 * below names the theme its wording follows, or says that no theme title matches it; the pillar of the latter is
 * the team's choice, not the Plan's.
 *
 * Risk factors follow the outline's map for these briefings: incitement is 7.14, 8.7, 13.7 and 10.1 (RF7, RF8,
 * RF13, RF10); early warning, media and civil society are mitigating factors (6.12, 6.3, 6.2: RF6).
 */

export type Pillar = 'prevent' | 'strengthen' | 'build';

export const PILLARS: readonly Pillar[] = ['prevent', 'strengthen', 'build'];

/** A recommended action, chosen for a briefing when any of its risk factors is present. */
export interface LeaderAction {
  id: string;
  pillar: Pillar;
  riskFactors: readonly RFCode[];
  /** True for actions that answer incitement or hate speech: chosen whenever such signs are found. */
  incitement?: boolean;
  text: { en: string; es: string };
}

export const PILLAR_NAMES: Record<Pillar, { en: string; es: string }> = {
  prevent: { en: 'Prevent', es: 'Prevenir' },
  strengthen: { en: 'Strengthen', es: 'Fortalecer' },
  build: { en: 'Build', es: 'Construir' },
};

export const LEADER_ACTIONS: readonly LeaderAction[] = [
  // Theme 1. RF13 too: 13.7 (threats of or incitement to violence against protected persons) is incitement.
  {
    id: 'speak-against-incitement',
    pillar: 'prevent',
    riskFactors: ['RF7', 'RF8', 'RF10', 'RF13'],
    incitement: true,
    text: {
      en: 'Speak out publicly, and early, against any call to harm another group, including when it comes from your own community or its leaders.',
      es: 'Pronunciarse en público, y a tiempo, contra todo llamado a dañar a otro grupo, también cuando venga de la propia comunidad o de sus dirigentes.',
    },
  },
  // Theme 1. All four incitement factors, as for the action above.
  {
    id: 'monitor-and-report-incitement',
    pillar: 'prevent',
    riskFactors: ['RF7', 'RF8', 'RF10', 'RF13'],
    incitement: true,
    text: {
      en: 'Keep a dated record of hateful sermons, broadcasts and messages (who, where, to whom) and pass it to national human-rights bodies or UN offices.',
      es: 'Llevar un registro fechado de sermones, emisiones y mensajes de odio (quién, dónde, ante quién) y hacerlo llegar a las instituciones nacionales de derechos humanos o a las oficinas de la ONU.',
    },
  },
  // Themes 1–2 (religion used to justify violence; 13.4 religion as a test of loyalty).
  {
    id: 'refuse-religion-as-justification',
    pillar: 'prevent',
    riskFactors: ['RF4', 'RF9', 'RF13'],
    text: {
      en: 'Make clear from the pulpit and in public that no faith justifies violence against people because of who they are, and refuse to let religion be used as a test of loyalty.',
      es: 'Dejar claro desde el púlpito y en público que ninguna fe justifica la violencia contra las personas por lo que son, y no permitir que la religión se use como prueba de lealtad.',
    },
  },
  // No theme title matches (protection, not incitement), so PREVENT is the team's choice, unverified. RF6 for
  // the early-warning half (6.12: no early-warning mechanism).
  {
    id: 'protect-at-risk-people',
    pillar: 'prevent',
    riskFactors: ['RF10', 'RF11', 'RF12', 'RF13', 'RF6'],
    text: {
      en: 'Open places of worship and community spaces as refuges where it is safe to do so, and share early-warning information with people at risk.',
      es: 'Abrir templos y espacios comunitarios como refugio cuando sea seguro hacerlo, y compartir la información de alerta temprana con las personas en riesgo.',
    },
  },
  // Theme 3; the African regional plan also asks leaders to condemn it and not stigmatise survivors.
  {
    id: 'counter-gender-violence',
    pillar: 'prevent',
    riskFactors: ['RF7', 'RF11'],
    text: {
      en: 'Condemn sexual and gender-based violence without reservation, support survivors and refuse to let them be stigmatised.',
      es: 'Condenar sin reservas la violencia sexual y de género, acompañar a las sobrevivientes y no permitir que se las estigmatice.',
    },
  },
  // No theme title matches (humanitarian access is international humanitarian law, not incitement), so PREVENT
  // is the team's choice, unverified.
  {
    id: 'demand-humanitarian-access',
    pillar: 'prevent',
    riskFactors: ['RF13', 'RF14'],
    text: {
      en: 'Call on every armed group, in public and through trusted channels, to let aid reach civilians and to leave aid workers and peacekeepers unharmed.',
      es: 'Exigir a todos los grupos armados, en público y por canales de confianza, que dejen llegar la ayuda a la población civil y respeten a quienes trabajan en la asistencia humanitaria y en el mantenimiento de la paz.',
    },
  },
  // Theme 4. Pillar unverified (a tool against incitement, so STRENGTHEN by A/73/362's wording).
  {
    id: 'train-on-incitement',
    pillar: 'strengthen',
    riskFactors: ['RF7', 'RF8', 'RF6'],
    incitement: true,
    text: {
      en: 'Train preachers, teachers and youth leaders to recognise incitement and to answer it without spreading it further.',
      es: 'Formar a predicadores, docentes y líderes juveniles para reconocer la incitación y responderla sin amplificarla.',
    },
  },
  // Theme 6. Pillar unverified (a tool, so STRENGTHEN by A/73/362's wording).
  {
    id: 'work-with-media',
    pillar: 'strengthen',
    riskFactors: ['RF6', 'RF7'],
    incitement: true,
    text: {
      en: 'Work with local radio, newspapers and online channels to correct false rumours quickly and to give airtime to voices that calm.',
      es: 'Trabajar con radios locales, periódicos y canales en línea para desmentir pronto los rumores falsos y dar espacio a las voces que llaman a la calma.',
    },
  },
  // Themes 7–8. Pillar unverified.
  {
    id: 'interfaith-network',
    pillar: 'strengthen',
    riskFactors: ['RF1', 'RF8', 'RF9'],
    text: {
      en: 'Set up or revive a network of leaders of different faiths that meets regularly and can issue a joint message within hours of an incident.',
      es: 'Crear o reactivar una red de líderes de distintas confesiones que se reúna con regularidad y pueda emitir un mensaje conjunto pocas horas después de un incidente.',
    },
  },
  // No theme title matches; the pillar is the team's choice, unverified.
  {
    id: 'document-for-accountability',
    pillar: 'strengthen',
    riskFactors: ['RF2', 'RF3', 'RF11', 'RF12'],
    text: {
      en: 'Help victims record what happened to them safely, with dates and places, so that courts and commissions can use it later; protect the names of witnesses.',
      es: 'Ayudar a las víctimas a dejar constancia segura de lo ocurrido, con fechas y lugares, para que tribunales y comisiones puedan usarlo después; proteger los nombres de los testigos.',
    },
  },
  // Theme 9. Pillar unverified.
  {
    id: 'engage-international-partners',
    pillar: 'strengthen',
    riskFactors: ['RF3', 'RF5', 'RF6', 'RF14'],
    text: {
      en: 'Brief regional bodies, UN offices and international partners on what your community sees, and ask them to keep the country on their agenda.',
      es: 'Informar a los organismos regionales, las oficinas de la ONU y los aliados internacionales de lo que ve la comunidad, y pedirles que mantengan al país en su agenda.',
    },
  },
  // Theme 5 (justice as part of human rights), so BUILD by A/73/362's wording.
  {
    id: 'oppose-impunity',
    pillar: 'build',
    riskFactors: ['RF2', 'RF3'],
    text: {
      en: 'Oppose amnesties and other measures that would let those responsible for atrocities escape justice, and stand with victims who seek the truth.',
      es: 'Oponerse a las amnistías y a otras medidas que permitan a los responsables de atrocidades eludir la justicia, y acompañar a las víctimas que buscan la verdad.',
    },
  },
  // Theme 8. Pillar unverified.
  {
    id: 'intergroup-dialogue',
    pillar: 'build',
    riskFactors: ['RF1', 'RF4', 'RF9', 'RF10'],
    text: {
      en: 'Bring communities together around shared needs (water, schools, markets, mourning) so that people keep meeting across the lines that divide them.',
      es: 'Reunir a las comunidades en torno a necesidades comunes (agua, escuelas, mercados, duelos) para que la gente siga encontrándose por encima de lo que la divide.',
    },
  },
  // Themes 4–5; BUILD by A/73/362's wording (human rights standards).
  {
    id: 'teach-human-rights',
    pillar: 'build',
    riskFactors: ['RF4', 'RF9', 'RF6'],
    text: {
      en: 'Teach, in religious education and community groups, the equal dignity of every person and the rights of minorities.',
      es: 'Enseñar, en la formación religiosa y en los grupos comunitarios, la igual dignidad de todas las personas y los derechos de las minorías.',
    },
  },
  // Theme 5; BUILD by A/73/362's wording.
  {
    id: 'defend-civic-space',
    pillar: 'build',
    riskFactors: ['RF6', 'RF7', 'RF12'],
    text: {
      en: 'Stand up for journalists, human-rights defenders and aid groups when they are threatened, restricted or expelled.',
      es: 'Defender a periodistas, defensores de derechos humanos y organizaciones humanitarias cuando se los amenaza, se les restringe el trabajo o se los expulsa.',
    },
  },
  // No theme title matches; the pillar is the team's choice, unverified.
  {
    id: 'care-for-trauma',
    pillar: 'build',
    riskFactors: ['RF1', 'RF2', 'RF4', 'RF11'],
    text: {
      en: 'Offer spaces of mourning and care to those who have lost people or homes, so that grief does not turn into a wish for revenge.',
      es: 'Ofrecer espacios de duelo y acompañamiento a quienes han perdido a seres queridos o su hogar, para que el dolor no se convierta en deseo de venganza.',
    },
  },
];

/**
 * The actions for a briefing: those whose risk factors are present (strongest factors first), plus the
 * incitement actions when signs of incitement were found; at most `perPillar` per pillar, in pillar order.
 */
export function actionsFor(
  present: readonly RFCode[],
  incitementFound: boolean,
  perPillar = 3,
): LeaderAction[] {
  const rank = (a: LeaderAction) => {
    const positions = a.riskFactors.map((rf) => present.indexOf(rf)).filter((i) => i >= 0);
    const best = positions.length ? Math.min(...positions) : Number.POSITIVE_INFINITY;
    return incitementFound && a.incitement ? -1 : best;
  };
  const chosen: LeaderAction[] = [];
  for (const pillar of PILLARS) {
    chosen.push(
      ...LEADER_ACTIONS.filter((a) => a.pillar === pillar)
        .map((a) => ({ a, r: rank(a) }))
        .filter(({ r }) => Number.isFinite(r))
        .sort((x, y) => x.r - y.r)
        .slice(0, perPillar)
        .map(({ a }) => a),
    );
  }
  return chosen;
}
