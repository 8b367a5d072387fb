import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF8, 8.1–8.6: security and political events that can suddenly worsen conditions. Coups (8.4) and
// economic shocks (8.9) share an indicator with RF1; incitement (8.7) lives in incitement.ts; civic
// triggers (8.8–8.12) in framework-triggers-civic.ts.

export const frameworkTriggers: Indicator[] = [
  {
    id: 'sudden-deployment-of-forces',
    name: { en: 'Sudden deployment of security forces', es: 'Despliegue repentino de fuerzas de seguridad' },
    description: {
      en: 'Troops, armoured vehicles or special units are deployed or massed, or new hostilities begin.',
      es: 'Se despliegan o concentran tropas, vehículos blindados o unidades especiales, o comienzan nuevas hostilidades.',
    },
    riskFactors: ['RF8', 'RF5'],
    crimes: [],
    legalBasis: [],
    framework: ['8.1', '5.2'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'deployed | deployment | redeployed | reinforcements | dispatched | massed | build up | buildup | launched an offensive',
            ),
            terms(
              'troops | soldiers | security forces | army | military | armoured vehicles | armored vehicles | tanks | special forces | riot police | battalions',
            ),
          ],
        },
        {
          all: [
            terms(
              'moving | moved | arriving | arrived | heading | sent | convoys | set up | new bases | helicopter bases',
            ),
            terms(
              'troops | armoured vehicles | armored vehicles | soldiers | special forces | reinforcements',
            ),
            terms(
              'towards | toward | to the region | into the | in preparation | final operation | new offensive | offensive',
            ),
          ],
          window: 16,
        },
      ],
      es: [
        {
          all: [
            terms(
              'desplegad* | despliegue | desplegaron | refuerzos | enviaron | concentraron | acumulacion | lanzaron una ofensiva',
            ),
            terms(
              'tropas | soldados | fuerzas de seguridad | ejercito | militares | vehiculos blindados | tanquetas | tanques | fuerzas especiales | antidisturbios | batallones',
            ),
          ],
        },
        {
          all: [
            terms(
              'llegan | llegaron | convoyes | se dirigen | avanzan | enviados | movilizados | instalaron | nuevas bases',
            ),
            terms('efectivos | tropas | soldados | fuerzas especiales | vehiculos blindados | militares'),
            terms('a la region | hacia | ofensiva | operacion | la zona'),
          ],
          window: 16,
        },
      ],
    },
  },
  {
    id: 'spillover-from-neighbouring-conflict',
    name: { en: 'Spillover from a neighbouring conflict', es: 'Desbordamiento de un conflicto vecino' },
    description: {
      en: 'Fighting, armed groups or serious tensions cross in from a neighbouring country.',
      es: 'Combates, grupos armados o tensiones graves llegan desde un país vecino.',
    },
    riskFactors: ['RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['8.2'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'spillover | spill over | spilled over | spilling over | cross border | crossed the border | neighbouring | neighboring',
            ),
            terms('conflict | fighting | violence | armed groups | fighters | clashes | incursion* | war'),
          ],
          none: terms('trade | commerce | market access'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'desbordamiento | transfronteriz* | cruzaron la frontera | paises vecinos | pais vecino | del otro lado de la frontera',
            ),
            terms(
              'conflicto | combates | violencia | grupos armados | combatientes | enfrentamientos | incursion* | guerra',
            ),
          ],
          none: terms('comercio | mercado'),
        },
      ],
    },
  },
  {
    id: 'measures-seen-as-threat-to-sovereignty',
    name: {
      en: 'International measures seen as threatening sovereignty',
      es: 'Medidas internacionales percibidas como amenaza a la soberanía',
    },
    description: {
      en: 'Sanctions, warrants, investigations or mandates denounced by authorities as interference or a foreign plot.',
      es: 'Sanciones, órdenes de detención, investigaciones o mandatos denunciados por las autoridades como injerencia o complot extranjero.',
    },
    riskFactors: ['RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['8.3'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms(
              'sanctions | arrest warrant | referral | intervention | mandate | resolution | investigation | icc',
            ),
            terms(
              'sovereignty | interference | interfering | neocolonial* | internal affairs | foreign plot | foreign agenda',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'sanciones | orden de detencion | orden de arresto | remision | intervencion | mandato | resolucion | investigacion | cpi',
            ),
            terms(
              'soberania | injerencia | neocolonial* | asuntos internos | complot | agenda extranjera | intromision',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'attacks-on-leaders-and-prominent-figures',
    name: {
      en: 'Attacks on leaders or prominent figures',
      es: 'Atentados contra líderes o figuras destacadas',
    },
    description: {
      en: 'Assassinations or attempts on political, religious or community leaders, which can set off waves of violence.',
      es: 'Asesinatos o intentos de asesinato de líderes políticos, religiosos o comunitarios, que pueden desatar olas de violencia.',
    },
    riskFactors: ['RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['8.5'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms('assassinat* | attempt on the life | killed | shot dead | murdered | ambushed | abducted'),
            terms(
              'leader | leaders | president | prime minister | governor | chief | sultan | king | cleric | bishop | imam | opposition figure | candidate* | mayor | minister',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'asesinad* | asesinaron | asesinato | atentado contra | intento de asesinato | emboscad* | secuestrad* | muerto a tiros',
            ),
            terms(
              'lider | lideres | lideresa* | presidente | primer ministro | gobernador | jefe | sultan | rey | clerigo | obispo | iman | dirigente* | candidat* | alcalde* | ministr* | autoridad tradicional',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'religious-flashpoints',
    name: {
      en: 'Religious events and perceived religious offence',
      es: 'Acontecimientos religiosos y ofensas religiosas percibidas',
    },
    description: {
      en: 'Violence or tension around religious festivals, processions, blasphemy accusations or the desecration of sacred texts.',
      es: 'Violencia o tensión en torno a festividades religiosas, procesiones, acusaciones de blasfemia o la profanación de textos sagrados.',
    },
    riskFactors: ['RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['8.6'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'blasphemy | desecration of | quran burning | koran burning | burning of the quran | religious festival* | religious procession* | ramadan | easter | christmas | eid | pilgrimage | holy site*',
            ),
            terms('clashes | violence | attack* | riots | tensions | mob | mobs | unrest | lynch*'),
          ],
          none: en.NOT_ARMED_ATTACK,
        },
      ],
      es: [
        {
          all: [
            terms(
              'blasfemia* | profanacion de | quema del coran | quema de biblias | festividad* religiosa* | procesion* | ramadan | semana santa | navidad | peregrinacion | lugar* santo* | lugar* sagrado*',
            ),
            terms('enfrentamientos | violencia | ataque* | disturbios | tensiones | turba* | linchamiento*'),
          ],
          none: es.NOT_ARMED_ATTACK,
        },
      ],
    },
  },
];
