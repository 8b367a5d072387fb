import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF13, 13.1–13.9: conditions that seriously threaten people protected by humanitarian law, before or
// alongside the acts themselves (those are in the war-crimes files).

const WC = 'war_crimes' as const;

export const frameworkIhlThreats: Indicator[] = [
  {
    id: 'fragmented-command',
    name: {
      en: 'Fragmented parties and broken chains of command',
      es: 'Partes fragmentadas y cadenas de mando rotas',
    },
    description: {
      en: 'Armed parties splinter into factions, or units act without effective command and control.',
      es: 'Las partes armadas se dividen en facciones, o las unidades actúan sin un mando y control efectivos.',
    },
    riskFactors: ['RF13', 'RF14'],
    crimes: [WC],
    legalBasis: [],
    framework: ['13.1'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'splinter group* | splinter faction* | splintered | breakaway faction* | fragmentation | fragmented | rogue unit* | rogue elements | uncontrolled elements | lack of command and control | breakdown of command | no clear chain of command | infighting | proliferation of armed groups',
            ),
            en.ARMED_ACTORS,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'facciones | fraccionamiento | fragmentacion | fragmentad* | escindid* | escision* | elementos incontrolados | sin cadena de mando | ruptura de la cadena de mando | falta de mando y control | luchas internas | proliferacion de grupos armados | divisiones internas',
            ),
            es.ARMED_ACTORS,
          ],
        },
      ],
    },
  },
  {
    id: 'broken-ceasefires-and-agreements',
    name: {
      en: 'Broken ceasefires and peace agreements',
      es: 'Altos el fuego y acuerdos de paz incumplidos',
    },
    description: {
      en: 'Ceasefires, truces or peace agreements are violated or collapse, deepening mistrust between the sides.',
      es: 'Se violan o colapsan altos el fuego, treguas o acuerdos de paz, lo que profundiza la desconfianza entre las partes.',
    },
    riskFactors: ['RF13', 'RF1'],
    crimes: [WC],
    legalBasis: [],
    framework: ['13.2', '1.2'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'violated | violation* | breached | breach* | broke | broken | collapsed | collapse | reneged | abandoned | withdrew from',
            ),
            terms(
              'ceasefire | cease fire | truce | peace agreement | peace deal | peace accord | armistice | humanitarian pause | cessation of hostilities',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'violad* | violaron | violacion* | incumpli* | rompi* | ruptura | colaps* | fracas* | abandon* | se retiraron del',
            ),
            terms(
              'alto el fuego | cese al fuego | cese el fuego | tregua | acuerdo de paz | acuerdos de paz | armisticio | pausa humanitaria | cese de hostilidades',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'radicalisation-of-parties',
    name: {
      en: 'Radicalisation or extremism among the parties',
      es: 'Radicalización o extremismo de las partes',
    },
    description: {
      en: 'Parties to the conflict, or their fighters and followers, become more radical or extremist.',
      es: 'Las partes en conflicto, o sus combatientes y seguidores, se radicalizan o adoptan posiciones extremistas.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: [],
    framework: ['13.3'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms('radicali* | extremis* | jihadi* | hardline* | hard line'),
            terms(
              'fighters | groups | factions | militants | recruits | youth | parties | commanders | rhetoric | ideology',
            ),
          ],
          none: terms(
            'preventing violent extremism | countering violent extremism | prevention of violent extremism | deradicali*',
          ),
        },
      ],
      es: [
        {
          all: [
            terms('radicaliz* | extremis* | yihadis* | linea dura'),
            terms(
              'combatientes | grupos | facciones | militantes | jovenes | partidos | comandantes | discurso | ideologia',
            ),
          ],
          none: terms(
            'prevencion del extremismo | prevenir el extremismo | contrarrestar el extremismo | desradicaliz*',
          ),
        },
      ],
    },
  },
  {
    id: 'identity-as-test-of-loyalty',
    name: { en: 'Ethnicity or religion as a test of loyalty', es: 'Etnia o religión como prueba de lealtad' },
    description: {
      en: 'Membership of an ethnic or religious group is treated as proof of loyalty or of treason.',
      es: 'La pertenencia a un grupo étnico o religioso se trata como prueba de lealtad o de traición.',
    },
    riskFactors: ['RF13', 'RF4'],
    crimes: [WC],
    legalBasis: [],
    framework: ['13.4', '4.5'],
    weight: 0.4,
    rules: {
      en: [
        {
          all: [
            terms(
              'loyalty | loyal | disloyal* | traitor* | treason | allegiance | true citizens | real citizens | patriot*',
            ),
            en.PROTECTED_GROUP,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'lealtad | leal | leales | desleal* | traidor* | traicion | verdaderos ciudadanos | patriota* | antipatria',
            ),
            es.PROTECTED_GROUP,
          ],
        },
      ],
    },
  },
  {
    id: 'threats-against-protected-persons',
    name: {
      en: 'Violence or threats by a party against civilians or protected persons',
      es: 'Violencia o amenazas de una parte contra civiles o personas protegidas',
    },
    description: {
      en: 'An armed group, or forces engaged in hostilities, kill, abduct, abuse or displace civilians, detainees or the wounded, or threaten by leaflets, messages or statements to do so or declare them legitimate targets.',
      es: 'Un grupo armado, o fuerzas en plenas hostilidades, matan, secuestran, maltratan o desplazan a civiles, detenidos o heridos, o amenazan con hacerlo mediante panfletos, mensajes o declaraciones, o los declaran objetivo militar.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: [],
    framework: ['13.7'],
    subsumedBy: ['direct-public-incitement-to-genocide'],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'threaten* | warned | warning | leaflets | ultimatum | vowed | pamphlets | death threats | messages',
            ),
            terms(
              'kill | attack | burn | punish | eliminate | wipe out | destroy | legitimate target* | military target* | will be targeted | would be targeted | will pay',
            ),
            [...en.VICTIMS, ...terms('villages | communities | anyone who | those who')],
          ],
        },
        {
          // Orders that make civilians targets: a plan that threatens protected persons (13.7).
          all: [
            terms('directive | directives | orders | ordered | instructions'),
            terms('legitimate target* | military target* | military objective*'),
            [...en.VICTIMS, ...terms('anyone | any person | everyone')],
          ],
          window: 15,
        },
        // Harm done by a party to the conflict, or in the course of hostilities: the nexus that makes
        // violence against civilians, detainees or the wounded a threat to persons protected by IHL. Read in
        // one clause: a party named in one clause did not commit the harm of another.
        {
          all: [ctx.HARM_EN, anyOf(ctx.NON_STATE_PARTY_EN, ctx.OCCUPATION_EN)],
          none: ctx.AID_TARGET_EN,
          clause: true,
        },
        {
          all: [ctx.HARM_EN, ctx.HOSTILITIES_EN],
          none: [...ctx.AID_TARGET_EN, ...ctx.NOT_HOSTILITIES_EN],
          clause: true,
        },
      ],
      es: [
        {
          all: [
            terms('amenaz* | advirtieron | advertencia | panfleto* | ultimatum | prometieron | mensajes'),
            terms(
              'matar | atacar | quemar | castigar | eliminar | exterminar | acabar con | objetivo militar | objetivos militares | blanco legitimo | objetivo legitimo | pagaran',
            ),
            [...es.VICTIMS, ...terms('aldeas | comunidades | quien | quienes')],
          ],
        },
        {
          all: [
            terms('directiva | directivas | ordenes | ordena | ordenan | ordeno | instrucciones'),
            terms('objetivo militar | objetivos militares | objetivo legitimo | blanco legitimo'),
            [...es.VICTIMS, ...terms('cualquier persona | toda persona')],
          ],
          window: 15,
        },
        {
          all: [ctx.HARM_ES, anyOf(ctx.NON_STATE_PARTY_ES, ctx.OCCUPATION_ES)],
          none: ctx.AID_TARGET_ES,
          clause: true,
        },
        {
          all: [ctx.HARM_ES, ctx.HOSTILITIES_ES],
          none: [...ctx.AID_TARGET_ES, ...ctx.NOT_HOSTILITIES_ES],
          clause: true,
        },
      ],
    },
  },
  {
    id: 'preparations-for-mass-confinement-or-removal',
    name: {
      en: 'Preparations to confine or move large numbers of people',
      es: 'Preparativos para confinar o trasladar a gran número de personas',
    },
    description: {
      en: 'Detention or filtration facilities are built or expanded, or transport is gathered to move people in large numbers.',
      es: 'Se construyen o amplían centros de detención o de filtración, o se reúnen medios de transporte para trasladar a muchas personas.',
    },
    riskFactors: ['RF13'],
    crimes: [WC, 'crimes_against_humanity'],
    legalBasis: [],
    framework: ['13.9'],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'built | building | constructing | construction | preparing | prepared | expanding | expansion | erected | erecting',
            ),
            terms(
              'detention facilit* | detention cent* | detention camp* | internment camp* | prison camp* | holding facilit* | filtration | transit camp*',
            ),
          ],
          none: terms('refugee* | humanitarian* | shelter*'),
        },
        {
          all: [
            terms('buses | trucks | trains | lorries | vehicles'),
            terms('gathered | assembled | massed | prepared | lined up | requisitioned'),
            terms('deport* | transfer | relocat* | evacuat* | expel*'),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'construyeron | construyendo | construccion | preparando | preparad* | ampliacion | ampliando | levantaron | levantando',
            ),
            terms(
              'centro* de detencion | campo* de detencion | campo* de internamiento | campo* de concentracion | campo* de filtracion | campo* de transito | centros de reclusion',
            ),
          ],
          none: terms('refugiados | humanitari* | albergue*'),
        },
        {
          all: [
            terms('autobuses | camiones | trenes | vehiculos'),
            terms('reunid* | concentrad* | preparad* | alineados | requisad*'),
            terms('deport* | traslad* | reubic* | evacu* | expuls*'),
          ],
        },
      ],
    },
  },
];
