import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// How attacks are conducted: distinction and proportionality (quarter, perfidy and shields are in
// war-crimes-perfidy-and-quarter.ts). A report can
// rarely show intent, so these weigh the pattern ("deliberately", "indiscriminate", targets with no
// military presence) rather than a single strike.

const WC = 'war_crimes' as const;

/**
 * People protected by their function: an attack on them is an attack on medical care, education, aid or a
 * peace operation (their own indicators), and the same sentence needs other victims to be a generic attack.
 */
const PROTECTED_ROLES_EN = terms(
  'patients | teachers | staff | health workers | aid workers | peacekeepers | volunteer* | driver | drivers | workers | students',
);
const PROTECTED_ROLES_ES = terms(
  'pacientes | docentes | maestros | enfermero | enfermera | conductor | voluntario* | cascos azules | trabajadores | estudiantes',
);

export const warCrimesConductOfHostilities: Indicator[] = [
  {
    id: 'attacks-on-civilians',
    name: { en: 'Attacks directed at civilians', es: 'Ataques dirigidos contra civiles' },
    description: {
      en: 'Air strikes, shelling, raids or gunfire hit civilians, markets, homes, camps or gatherings such as funerals and bread queues.',
      es: 'Bombardeos aéreos, ataques de artillería, incursiones o disparos alcanzan a civiles, mercados, viviendas, campamentos o concentraciones como funerales o colas de pan.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(i)', '8(2)(e)(i)'],
    framework: [],
    weight: 0.85,
    // Attacks on the persons and objects the Statute protects by name are those crimes, not a generic attack.
    subsumedBy: [
      'attacks-on-humanitarian-workers',
      'attacks-on-peacekeepers',
      'use-of-children-in-hostilities',
      'recruitment-of-children',
      'compelled-military-service',
      'perfidy-and-misuse-of-emblems',
    ],
    rules: {
      en: [
        // Attacks in armed conflict only (the nexus of art. 8): by a means of warfare, or by a party.
        ...ctx.attackRules(
          'en',
          anyOf(
            en.VICTIMS.filter((t) => !PROTECTED_ROLES_EN.includes(t)),
            terms(
              // Places where people gather or live: an attack on them is aimed at people. Homes, villages and
              // fields burned without victims are destruction of property (pillage-destruction), not this.
              'market | markets | residential | bread queue* | bread line* | funeral* | wedding* | school bus | minibus | bus | displacement camp* | idp camp* | camp for displaced | shelters | neighbourhood* | neighborhood* | courtyard',
            ),
          ),
          en.NOT_ARMED_ATTACK,
          (t) => !ctx.DESTRUCTION_VERBS.has(t),
        ),
        {
          all: [
            terms('deliberately | intentionally | directly | wilfully | willfully'),
            terms('targeted | targeting | attacked | shelled | bombed | fired at | fired on'),
            en.VICTIMS,
          ],
          window: 8,
        },
      ],
      es: [
        ...ctx.attackRules(
          'es',
          anyOf(
            es.VICTIMS.filter((t) => !PROTECTED_ROLES_ES.includes(t)),
            terms(
              'mercado* | zona residencial | zonas residenciales | barrio* | funeral* | boda* | campamento de desplazados | campamentos de desplazados | albergue* | refugio* | colas | cancha | bus | autobus',
            ),
          ),
          es.NOT_ARMED_ATTACK,
          (t) => !ctx.DESTRUCTION_VERBS.has(t),
        ),
        {
          all: [
            terms('deliberadamente | intencionadamente | intencionalmente | directamente'),
            terms('atacad* | atacaron | bombarde* | dispararon | apuntaron | dirigid* contra'),
            es.VICTIMS,
          ],
          window: 8,
        },
      ],
    },
  },
  {
    id: 'attacks-on-civilian-objects',
    name: {
      en: 'Attacks on civilian objects and infrastructure',
      es: 'Ataques contra bienes e infraestructura civiles',
    },
    description: {
      en: 'Power plants, water systems, bridges, bakeries, markets, residential buildings and other objects that are not military objectives are struck.',
      es: 'Se atacan centrales eléctricas, sistemas de agua, puentes, panaderías, mercados, edificios residenciales y otros bienes que no son objetivos militares.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(ii)'],
    framework: [],
    weight: 0.65,
    rules: {
      en: [
        ...ctx.attackRules(
          'en',
          terms(
            'power plant* | power station* | power substation* | water station* | water treatment | water supply | pumping station* | electricity | power grid | bridge* | bakery | bakeries | grain silo* | granar* | residential building* | apartment block* | civilian infrastructure | civilian objects | energy infrastructure | dam | dams',
          ),
          en.NOT_ARMED_ATTACK,
          // Dynamited or burned by the party holding them, they are destroyed property (pillage-destruction).
          (t) => !ctx.DESTRUCTION_VERBS.has(t),
        ),
      ],
      es: [
        ...ctx.attackRules(
          'es',
          terms(
            'central* electrica* | planta* de agua | estacion* de bombeo | suministro de agua | deposito de agua | red electrica | torre de energia | torres de energia | infraestructura* civil* | bienes civiles | objetos civiles | puente* | panaderia* | silo* | granero* | molinos | edificio* residencial* | bloque* de viviendas | infraestructura energetica | represa*',
          ),
          es.NOT_ARMED_ATTACK,
          (t) => !ctx.DESTRUCTION_VERBS.has(t),
        ),
      ],
    },
  },
  {
    id: 'disproportionate-attacks',
    name: {
      en: 'Attacks causing excessive civilian or environmental harm',
      es: 'Ataques que causan daños civiles o ambientales excesivos',
    },
    description: {
      en: 'Attacks whose expected civilian harm, or widespread, long-term and severe damage to the environment, is clearly excessive compared with the military advantage.',
      es: 'Ataques cuyo daño civil previsto, o daño extenso, duradero y grave al medio natural, es manifiestamente excesivo en relación con la ventaja militar.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(iv)'],
    framework: [],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms(
              'disproportionate* | excessive civilian | clearly excessive | excessive harm | excessive loss | collateral damage | military advantage | proportionality',
            ),
            en.ATTACK,
          ],
          none: en.NOT_ARMED_ATTACK,
        },
        {
          all: [
            terms(
              'environmental damage | environmental destruction | oil spill* | ecocide | natural environment | toxic contamination',
            ),
            en.ATTACK,
          ],
          none: en.NOT_ARMED_ATTACK,
        },
      ],
      es: [
        {
          all: [
            terms(
              'desproporcionad* | excesiv* | danos colaterales | dano colateral | ventaja militar | proporcionalidad',
            ),
            es.ATTACK,
          ],
          none: es.NOT_ARMED_ATTACK,
        },
        {
          all: [
            terms(
              'dano ambiental | danos ambientales | destruccion ambiental | derrame* de petroleo | ecocidio | medio natural | contaminacion toxica',
            ),
            es.ATTACK,
          ],
          none: es.NOT_ARMED_ATTACK,
        },
      ],
    },
  },
  {
    id: 'indiscriminate-bombardment',
    name: {
      en: 'Indiscriminate bombardment of towns and villages',
      es: 'Bombardeo indiscriminado de ciudades y aldeas',
    },
    description: {
      en: 'Towns, villages or buildings with no military presence are shelled or bombed, or unguided and area weapons such as barrel bombs are used on populated areas.',
      es: 'Se bombardean ciudades, aldeas o edificios sin presencia militar, o se usan armas no guiadas o de área, como barriles explosivos, en zonas pobladas.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(v)'],
    framework: [],
    weight: 0.75,
    rules: {
      en: [
        {
          all: [terms('indiscriminate* | carpet bomb* | area bombard* | unguided'), en.ATTACK],
          none: en.NOT_ARMED_ATTACK,
        },
        {
          all: [
            en.ATTACK,
            terms(
              'undefended | no military objective* | no military target* | no military presence | no armed presence | no fighters were present',
            ),
          ],
          none: en.NOT_ARMED_ATTACK,
        },
      ],
      es: [
        {
          all: [
            terms(
              'indiscriminad* | bombardeo* de saturacion | bombardeo* en alfombra | sin guia | barriles explosivos',
            ),
            es.ATTACK,
          ],
          none: es.NOT_ARMED_ATTACK,
        },
        {
          all: [
            es.ATTACK,
            terms(
              'no defendid* | indefens* | sin objetivo* militar* | ningun objetivo militar | sin presencia militar | sin presencia armada | no habia combatientes',
            ),
          ],
          none: es.NOT_ARMED_ATTACK,
        },
      ],
    },
  },
];
