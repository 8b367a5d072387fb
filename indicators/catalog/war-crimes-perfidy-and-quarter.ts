import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Prohibited methods against the adversary and protected persons: denial of quarter, perfidy and the
// misuse of protective emblems, and human shields.

const WC = 'war_crimes' as const;

export const warCrimesPerfidyAndQuarter: Indicator[] = [
  {
    id: 'denial-of-quarter',
    name: {
      en: 'Orders or threats that no quarter will be given',
      es: 'Órdenes o amenazas de no dar cuartel',
    },
    description: {
      en: 'Commanders or fighters declare that no prisoners will be taken or no one left alive.',
      es: 'Mandos o combatientes declaran que no se tomarán prisioneros o que no se dejará a nadie con vida.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xii)', '8(2)(e)(x)'],
    framework: ['13.7'],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            terms(
              'no quarter | take no prisoners | no prisoners be taken | no prisoners to be taken | no prisoners will be taken | no prisoners would be taken | leave no survivors | leave no one alive | spare no one | kill them all | kill everyone | no one will be spared | nobody will be spared',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'sin cuartel | no dejar a nadie vivo | no dejen a nadie vivo | no habra cuartel | no dar cuartel | no se dara cuartel | no tomar prisioneros | no habra prisioneros | no tomaran prisioneros | no dejar sobrevivientes | no dejar a nadie con vida | no dejen a nadie con vida | matarlos a todos | maten a todos | no quedara nadie',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'perfidy-and-misuse-of-emblems',
    name: {
      en: 'Perfidy and misuse of protective emblems, flags or uniforms',
      es: 'Perfidia y uso indebido de emblemas protectores, banderas o uniformes',
    },
    description: {
      en: 'Killing or wounding by feigning surrender or protected status, or by misusing the white flag, UN or enemy uniforms, or the red cross or red crescent.',
      es: 'Matar o herir fingiendo rendición o condición protegida, o usando indebidamente la bandera blanca, uniformes de la ONU o del enemigo, o la cruz roja o la media luna roja.',
    },
    riskFactors: ['RF13', 'RF14'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(vii)', '8(2)(b)(xi)', '8(2)(e)(ix)'],
    framework: [],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms(
              'white flag | flag of truce | feigned surrender | feigning surrender | pretending to surrender | disguised as | posing as | un uniforms | un vehicles | red cross emblem | red crescent emblem | misuse of the emblem | misused ambulances | civilian clothes',
            ),
            [...en.KILLED, ...en.ATTACK, ...terms('wounded | ambush*')],
          ],
          // "False positives": civilians killed and passed off as fighters; their clothes are not a disguise.
          none: terms('false positives | false positive'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'bandera blanca | bandera de tregua | fingiendo rendicion | fingieron rendirse | simulando rendirse | disfrazad* de | haciendose pasar por | vestidos de civil | uniformes de la onu | uniformes de naciones unidas | vehiculos de la onu | emblema de la cruz roja | emblema de la media luna roja | uso indebido del emblema | uso indebido de ambulancias | chalecos de una organizacion humanitaria | chalecos de organizaciones humanitarias',
            ),
            [...es.KILLED, ...es.ATTACK, ...terms('herid* | hiriendo | hirieron | emboscad*')],
          ],
          none: terms('falsos positivos | falso positivo'),
        },
      ],
    },
  },
  {
    id: 'human-shields',
    name: { en: 'Use of civilians as human shields', es: 'Uso de civiles como escudos humanos' },
    description: {
      en: 'Civilians or other protected persons are placed or kept near military objectives to shield them from attack.',
      es: 'Se sitúa o retiene a civiles u otras personas protegidas junto a objetivos militares para ponerlos a cubierto de ataques.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xxiii)'],
    framework: [],
    weight: 0.75,
    rules: {
      en: [
        {
          all: [
            terms(
              'human shield* | as shields | as a shield | used civilians to protect | hid among civilians | positioned weapons in | fired from residential | firing from residential | prevented civilians from leaving | prevented residents from leaving',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'escudo* humano* | como escudo* | usaron a civiles | utilizaron a civiles | se escondieron entre | ocultos entre la poblacion | emplazaron armas | dispararon desde zonas residenciales | dispararon desde viviendas | impidieron salir a | impidieron que los civiles',
            ),
          ],
        },
      ],
    },
  },
];
