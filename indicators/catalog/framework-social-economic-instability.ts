import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF1, 1.6–1.10: political repression and economic and social instability. Structural context: common,
// low weight, no crime of its own.

export const frameworkSocialEconomicInstability: Indicator[] = [
  {
    id: 'severe-repression',
    name: { en: 'Severe repression of dissent', es: 'Represión grave de la disidencia' },
    description: {
      en: 'Autocratic rule or a crackdown on opponents, critics, protesters or journalists.',
      es: 'Gobierno autocrático o represión contra opositores, críticos, manifestantes o periodistas.',
    },
    riskFactors: ['RF1'],
    crimes: [],
    legalBasis: [],
    framework: ['1.6'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms('crackdown | clampdown | repression | repressive | authoritarian* | autocratic'),
            terms(
              'dissent | opposition | critics | protesters | demonstrators | journalists | civil society | activists',
            ),
          ],
        },
        {
          all: [
            terms('political prisoners | opposition leaders | opposition members | dissidents'),
            terms('arrested | jailed | detained | imprisoned | sentenced | banned'),
          ],
        },
      ],
      es: [
        {
          all: [
            terms('represion | represiva* | represivo* | autoritari* | autocratic* | mano dura'),
            terms(
              'disidencia | oposicion | opositores | criticos | manifestantes | periodistas | sociedad civil | activistas',
            ),
          ],
        },
        {
          all: [
            terms(
              'presos politicos | lideres de la oposicion | lideres opositores | dirigentes opositores | disidentes',
            ),
            terms('detenid* | arrestad* | encarcelad* | condenad* | proscrit* | inhabilitad*'),
          ],
        },
      ],
    },
  },
  {
    id: 'disputes-over-resources',
    name: {
      en: 'Disputes over land and natural resources',
      es: 'Disputas por la tierra y los recursos naturales',
    },
    description: {
      en: 'Violence or tension over land, water, grazing, mining or other scarce resources.',
      es: 'Violencia o tensión por la tierra, el agua, los pastos, la minería u otros recursos escasos.',
    },
    riskFactors: ['RF1', 'RF4'],
    crimes: [],
    legalBasis: [],
    framework: ['1.7', '4.2'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms(
              'land dispute* | disputes over land | water dispute* | grazing land | pasture* | water points | gold mines | mining | oil fields | natural resources | land grabbing | land grab*',
            ),
            terms('clashes | conflict | competition | violence | tension* | fighting | control'),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'disputas por la tierra | conflictos por la tierra | conflicto* agrario* | tierras de pastoreo | pastos | acceso al agua | mineria | minas de oro | recursos naturales | acaparamiento de tierras | despojo de tierras | extraccion de recursos',
            ),
            terms('disputa* | enfrentamientos | conflicto | violencia | tensiones | choques | control'),
          ],
        },
      ],
    },
  },
  {
    id: 'economic-crisis-or-shock',
    name: { en: 'Severe economic crisis or sudden shock', es: 'Crisis económica grave o conmoción súbita' },
    description: {
      en: 'Economic collapse, hyperinflation or sudden price shocks that strain the State and society.',
      es: 'Colapso económico, hiperinflación o subidas bruscas de precios que someten a tensión al Estado y a la sociedad.',
    },
    riskFactors: ['RF1', 'RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['1.8', '8.9'],
    weight: 0.2,
    rules: {
      en: [
        {
          all: [
            terms(
              'economic crisis | economic collapse | hyperinflation | currency collapse | currency crash | sovereign default | severe recession | economic meltdown | price of bread | fuel prices | food prices soared',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'crisis economica | colapso economico | hiperinflacion | desplome de la moneda | impago de la deuda | recesion grave | crisis financiera | precio del pan | precios de los combustibles | precios de los alimentos se dispararon',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'poverty-and-group-inequality',
    name: {
      en: 'Acute poverty and inequality between groups',
      es: 'Pobreza aguda y desigualdad entre grupos',
    },
    description: {
      en: 'Extreme poverty, mass unemployment or deep inequality and marginalisation between groups or regions.',
      es: 'Pobreza extrema, desempleo masivo o profunda desigualdad y marginación entre grupos o regiones.',
    },
    riskFactors: ['RF1'],
    crimes: [],
    legalBasis: [],
    framework: ['1.9'],
    weight: 0.2,
    rules: {
      en: [
        {
          all: [
            terms(
              'extreme poverty | acute poverty | mass unemployment | youth unemployment | inequality | inequalities | marginali*',
            ),
            [...en.PROTECTED_GROUP, ...terms('groups | communities | regions | between')],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'pobreza extrema | pobreza aguda | desempleo masivo | desempleo juvenil | desigualdad* | marginaci*',
            ),
            [...es.PROTECTED_GROUP, ...terms('grupos | comunidades | regiones | entre')],
          ],
        },
      ],
    },
  },
  {
    id: 'mass-protest-against-the-state',
    name: {
      en: 'Mass protest against State authority',
      es: 'Protestas masivas contra la autoridad del Estado',
    },
    description: {
      en: 'Nationwide or mass protests, uprisings or general strikes against the government or its policies.',
      es: 'Protestas masivas o en todo el país, levantamientos o huelgas generales contra el gobierno o sus políticas.',
    },
    riskFactors: ['RF1'],
    crimes: [],
    legalBasis: [],
    framework: ['1.10'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'protest* | demonstrations | demonstrators | uprising | unrest | riots | general strike | civil disobedience',
            ),
            terms(
              'mass | nationwide | thousands | tens of thousands | hundreds of thousands | widespread | across the country | large scale | massive',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'protesta* | manifestacion* | manifestantes | levantamiento | estallido social | disturbios | paro nacional | huelga general | movilizaciones',
            ),
            terms(
              'masiv* | miles | decenas de miles | cientos de miles | generalizad* | todo el pais | a nivel nacional | gran escala | multitudinari*',
            ),
          ],
        },
      ],
    },
  },
];
