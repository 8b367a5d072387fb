import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF1, 1.1–1.5: armed conflict, security crises and political instability. Structural context: common,
// low weight, no crime of its own.

export const frameworkInstability: Indicator[] = [
  {
    id: 'armed-conflict',
    name: { en: 'Armed conflict or hostilities', es: 'Conflicto armado u hostilidades' },
    description: {
      en: 'Fighting, clashes or offensives between armed forces or organised armed groups.',
      es: 'Combates, enfrentamientos u ofensivas entre fuerzas armadas o grupos armados organizados.',
    },
    riskFactors: ['RF1'],
    crimes: [],
    legalBasis: [],
    framework: ['1.1'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'armed conflict | hostilities | fighting | clashes | offensive | counteroffensive | counter offensive | front line* | frontline* | combat operations',
            ),
            en.ARMED_ACTORS,
          ],
        },
        // The means and vocabulary of warfare show hostilities by themselves (shelling, drones, a siege).
        { all: [ctx.HOSTILITIES_EN], none: ctx.NOT_HOSTILITIES_EN },
      ],
      es: [
        {
          all: [
            terms(
              'conflicto armado | hostilidades | combates | enfrentamientos | ofensiva | contraofensiva | linea del frente | frente de batalla | operaciones militares | choques armados',
            ),
            es.ARMED_ACTORS,
          ],
        },
        { all: [ctx.HOSTILITIES_ES], none: ctx.NOT_HOSTILITIES_ES },
      ],
    },
  },
  {
    id: 'security-crisis',
    name: { en: 'Security crisis or terrorist violence', es: 'Crisis de seguridad o violencia terrorista' },
    description: {
      en: 'A deteriorating security situation, terrorist attacks, war next door or threats of outside military intervention.',
      es: 'Deterioro de la situación de seguridad, atentados terroristas, guerra en un país vecino o amenazas de intervención militar extranjera.',
    },
    riskFactors: ['RF1'],
    crimes: [],
    legalBasis: [],
    framework: ['1.2'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'security crisis | security situation deteriorat* | deteriorating security | terrorist attack* | terror attack* | threat of intervention | threatened military intervention | foreign military intervention | war in neighbouring | war in neighboring | conflict in neighbouring | conflict in neighboring',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'crisis de seguridad | deterioro de la seguridad | deterioro de la situacion de seguridad | se deterioro la seguridad | atentado* terrorista* | ataque* terrorista* | amenaza de intervencion | intervencion militar extranjera | guerra en el pais vecino | conflicto en el pais vecino',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'humanitarian-emergency',
    name: { en: 'Humanitarian emergency', es: 'Emergencia humanitaria' },
    description: {
      en: 'A humanitarian crisis, famine, epidemic or natural disaster that puts the State and the population under stress.',
      es: 'Una crisis humanitaria, hambruna, epidemia o desastre natural que somete al Estado y a la población a presión.',
    },
    riskFactors: ['RF1'],
    crimes: [],
    legalBasis: [],
    framework: ['1.3'],
    weight: 0.2,
    rules: {
      en: [
        {
          all: [
            terms(
              'humanitarian crisis | humanitarian emergency | famine | food insecurity | acute malnutrition | cholera outbreak | epidemic | catastrophic hunger',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'crisis humanitaria | emergencia humanitaria | hambruna | inseguridad alimentaria | desnutricion aguda | brote de colera | epidemia | hambre catastrofica',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'coup-or-irregular-transfer-of-power',
    name: {
      en: 'Coup or irregular transfer of power',
      es: 'Golpe de Estado o transferencia irregular del poder',
    },
    description: {
      en: 'A coup, the overthrow of a government or another abrupt, unconstitutional change of power.',
      es: 'Un golpe de Estado, el derrocamiento de un gobierno u otro cambio de poder abrupto e inconstitucional.',
    },
    riskFactors: ['RF1', 'RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['1.4', '8.4'],
    weight: 0.4,
    rules: {
      en: [
        {
          all: [
            terms(
              'coup | coups | putsch | seized power | took power by force | military junta | overthrew | overthrown | ousted | unconstitutional change',
            ),
          ],
        },
        {
          all: [
            terms(
              'struggle for succession | succession struggle | succession dispute | dispute over the succession | death of the president | suspending the constitution | dissolving parliament | military junta | putschists | seized the state television',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'golpe de estado | golpe militar | asonada | tomaron el poder | toma del poder por la fuerza | junta militar | derrocad* | derrocaron | derrocamiento | cambio inconstitucional | ruptura del orden constitucional | autogolpe',
            ),
          ],
        },
        {
          all: [
            terms(
              'lucha por la sucesion | disputa por la sucesion | muerte del presidente | destitucion del presidente | tomo la sede | tomaron la sede | suspension de la constitucion | golpe de estado | golpistas | tomaron el poder | tomo el poder | junta militar',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'growing-armed-opposition',
    name: {
      en: 'Growing armed, radical or separatist opposition',
      es: 'Crecimiento de una oposición armada, radical o separatista',
    },
    description: {
      en: 'Insurgent, separatist or radical armed movements gain ground, seize territory or mobilise.',
      es: 'Movimientos insurgentes, separatistas o armados radicales ganan terreno, toman territorio o se movilizan.',
    },
    riskFactors: ['RF1'],
    crimes: [],
    legalBasis: [],
    framework: ['1.5'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'insurgency | insurgents | armed opposition | rebels | separatis* | nationalist | radical opposition | armed movement*',
            ),
            terms(
              'gained ground | gaining ground | growing | expanded | seized | captured | advanced | advancing | took control | stronghold* | surge | mobiliz* | mobilis*',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'insurgencia | insurgentes | oposicion armada | rebeldes | separatista* | nacionalista* | movimiento* armado* | guerrill*',
            ),
            terms(
              'ganaron terreno | ganan terreno | avanzaron | avance | tomaron el control | bastion* | se expandi* | expansion | crecimiento | crecient* | capturaron | se apoderaron',
            ),
          ],
        },
      ],
    },
  },
];
