import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Hostage-taking and outrages upon dignity: the rest of war-crimes-persons.ts (split for length), listed
// there after the other crimes against persons, so the catalog order is unchanged.

const WC = 'war_crimes' as const;

export const warCrimesPersonsLiberty: Indicator[] = [
  {
    id: 'hostage-taking',
    name: { en: 'Hostage-taking', es: 'Toma de rehenes' },
    description: {
      en: 'People are seized and held to compel a party to act or refrain from acting: for ransom, exchange or concessions.',
      es: 'Personas capturadas y retenidas para obligar a una parte a actuar o abstenerse: a cambio de un rescate, un canje o concesiones.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(a)(viii)', '8(2)(c)(iii)'],
    framework: [],
    weight: 0.8,
    // Captives held to work or as sexual slaves: the conduct is enslavement, not a deprivation of liberty alone.
    subsumedBy: ['enslavement-and-forced-labour', 'sexual-slavery-and-forced-marriage'],
    rules: {
      en: [
        { all: [terms('hostage*')] },
        { all: [terms('held for ransom | kidnapped for ransom | abducted for ransom')] },
        {
          // Abductions by an armed group: deprivation of liberty by a party, the detention family.
          all: [
            terms(
              'abducted | abducting | abduction of | kidnapped | kidnapping of | held for ransom | taken captive',
            ),
            ctx.NON_STATE_PARTY_EN,
          ],
        },
        {
          all: [
            terms('abducted | kidnapped | seized | held captive | taken captive'),
            terms(
              'ransom | in exchange for | released in exchange | bargaining chip* | demands | prisoner exchange',
            ),
          ],
        },
        {
          all: [
            terms(
              'taken by | seized by | held by | locked up | held captive | kept captive | held for ransom | held for days | held for weeks',
            ),
            anyOf(ctx.NON_STATE_PARTY_EN, terms('ransom | compound')),
          ],
          window: 12,
        },
      ],
      es: [
        { all: [terms('rehen | rehenes')] },
        {
          all: [
            terms('secuestr* | retuvo | retenid* | mantiene secuestrad* | raptad* | plagiad*'),
            ctx.NON_STATE_PARTY_ES,
          ],
        },
        {
          all: [
            terms('secuestr* | retenid* | plagiad* | cautiv*'),
            terms(
              'rescate | canje | a cambio de | exigencias | exigieron | exigio | moneda de cambio | intercambio de prisioneros',
            ),
          ],
        },
        {
          all: [
            terms('retuvieron | mantuvieron retenid* | encerraron | encerrad* | tomad* como | se llevaron a'),
            anyOf(ctx.NON_STATE_PARTY_ES, terms('rescate | durante')),
          ],
          window: 12,
        },
      ],
    },
  },
  {
    id: 'outrages-upon-personal-dignity',
    name: {
      en: 'Humiliating and degrading treatment',
      es: 'Tratos humillantes y degradantes',
    },
    description: {
      en: 'Detainees, captives or the dead are stripped, paraded, insulted or filmed in degrading ways, including the desecration of bodies.',
      es: 'Detenidos, cautivos o fallecidos son desnudados, exhibidos, insultados o filmados de forma degradante, incluida la profanación de cadáveres.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xxi)', '8(2)(c)(ii)'],
    framework: ['13.5'],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms(
              'humiliat* | degrading | forced nudity | stripped naked | paraded | forced to strip | forced to crawl | forced to kneel | urinated on | desecrat*',
            ),
            [
              ...en.DETAINED,
              ...terms('captives | captured | bodies | corpses | prisoners of war | women | civilians'),
            ],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'humillad* | humillant* | humillacion* | degradant* | desnudez forzada | desnudad* | obligad* a desnudarse | exhibid* | obligad* a arrodillarse | obligad* a arrastrarse | orinaron | vejad* | vejacion* | vejamen* | profan*',
            ),
            [
              ...es.DETAINED,
              ...terms('cautivos | cuerpos | cadaveres | prisioneros de guerra | mujeres | civiles'),
            ],
          ],
        },
      ],
    },
  },
];
