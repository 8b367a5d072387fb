import { iccStanding } from '../../../indicators/icc-states-parties.ts';
import { RF_CODES, type RFCode } from '../../../indicators/risk-factors.ts';
import type { BriefingFacts } from '../../../server/briefing/briefing-model.ts';

const rf = (values: Partial<Record<RFCode, number>>) =>
  Object.fromEntries(RF_CODES.map((c) => [c, values[c] ?? 0])) as Record<RFCode, number>;

/** A fixed country situation: every section has content, nothing depends on the clock or the database. */
export const FACTS: BriefingFacts = {
  iso3: 'MMR',
  countryName: { en: 'Myanmar', es: 'Myanmar' },
  from: '2026-01-01',
  to: '2026-06-30',
  issued: '2026-07-01',
  series: [
    { date: '2026-01-04', score: 22.5 },
    { date: '2026-02-01', score: 31 },
    { date: '2026-03-01', score: 38.25 },
    { date: '2026-04-05', score: 47 },
    { date: '2026-05-03', score: 58.4 },
    { date: '2026-06-30', score: 63.1 },
  ],
  scoreFrom: 21.2,
  scoreTo: 63.1,
  riskFactorsFrom: rf({ RF1: 0.3, RF9: 0.2 }),
  riskFactorsTo: rf({ RF1: 0.5, RF9: 0.45, RF7: 0.3, RF10: 0.12, RF11: 0.25 }),
  crimesTo: { genocide: 0.2, crimes_against_humanity: 0.3, war_crimes: 0.05 },
  reports: 1234,
  evidence: [
    {
      indicatorId: 'direct-public-incitement-to-genocide',
      riskFactors: ['RF10', 'RF7', 'RF8'],
      crimes: ['genocide'],
      legalBasis: ['25(3)(e)'],
      text: 'A monk told the crowd that the Rohingya must be driven out and "cleansed" from the township.',
      date: '2026-05-02',
      title: 'Rakhine *weekly* [update]',
      source: { name: 'Border Monitor', url: 'https://monitor.example.org/1' },
      synthetic: false,
      contribution: 0.9,
      incitement: true,
    },
    {
      indicatorId: 'murder-of-civilians',
      riskFactors: ['RF11', 'RF1'],
      crimes: ['crimes_against_humanity'],
      legalBasis: ['7(1)(a)'],
      text: 'Soldiers killed 23 villagers, among them the teacher U Tun, in an attack at dawn.',
      date: '2026-06-10',
      title: null,
      source: { name: 'Border Monitor', url: null },
      synthetic: false,
      contribution: 0.8,
      incitement: false,
    },
  ],
  alerts: [{ thresholdName: 'Sharp rise', metric: 'score', value: 63.1, triggeredAt: '2026-06-20' }],
  standing: iccStanding('MMR', '2026-06-30'),
  synthetic: true,
  protectedNames: ['U Tun'],
};
