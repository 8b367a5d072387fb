import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF7, 7.1–7.7: measures that open room for atrocities: emergency rule, captured institutions, security
// forces and militias turned on a group, and control of what the world can see and hear.

export const frameworkEnablingMeasures: Indicator[] = [
  {
    id: 'emergency-rule',
    name: {
      en: 'Emergency laws and extraordinary security measures',
      es: 'Leyes de emergencia y medidas de seguridad extraordinarias',
    },
    description: {
      en: 'States of emergency, martial law, curfews or sweeping security laws that erode fundamental rights.',
      es: 'Estados de excepción, ley marcial, toques de queda o leyes de seguridad amplias que socavan los derechos fundamentales.',
    },
    riskFactors: ['RF7'],
    crimes: [],
    legalBasis: [],
    framework: ['7.1'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'state of emergency | martial law | emergency decree* | emergency law* | emergency powers | state of siege | curfew | anti terror law* | counter terrorism law* | national security law*',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'estado de emergencia | estado de excepcion | estado de sitio | ley marcial | toque de queda | decreto* de emergencia | poderes de emergencia | ley* antiterrorista* | ley de seguridad nacional | estado de conmocion',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'state-institutions-suspended',
    name: {
      en: 'Vital State institutions suspended or captured',
      es: 'Instituciones vitales del Estado suspendidas o capturadas',
    },
    description: {
      en: 'Parliament, the constitution, courts or electoral bodies are dissolved, suspended or purged, changing the balance of power.',
      es: 'El parlamento, la constitución, los tribunales o los órganos electorales son disueltos, suspendidos o purgados, alterando el equilibrio de poder.',
    },
    riskFactors: ['RF7'],
    crimes: [],
    legalBasis: [],
    framework: ['7.2'],
    weight: 0.35,
    rules: {
      en: [
        {
          all: [
            terms(
              'parliament | legislature | constitution | constitutional court | supreme court | electoral commission | national assembly | local councils',
            ),
            terms(
              'dissolved | dissolving | dissolution of | suspended | suspending | suspension of | shut down | purged | stripped of | sidelined | abolished | abolishing | postponed indefinitely',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'parlamento | congreso | asamblea nacional | constitucion | corte constitucional | tribunal constitucional | corte suprema | tribunal supremo | consejo electoral | comision electoral | concejos municipales',
            ),
            terms(
              'disuelt* | disolvio | disolucion | disolver | suspendid* | suspendio | suspension de | suspender | clausurad* | purgad* | despojad* | marginad* | abolid* | aplazad* indefinidamente',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'security-apparatus-turned-against-group',
    name: {
      en: 'Security apparatus reorganised or mobilised against a group',
      es: 'Aparato de seguridad reorganizado o movilizado contra un grupo',
    },
    description: {
      en: 'Security forces are restructured, purged or deployed against protected groups, opponents or protesters.',
      es: 'Las fuerzas de seguridad son reestructuradas, purgadas o desplegadas contra grupos protegidos, opositores o manifestantes.',
    },
    riskFactors: ['RF7'],
    crimes: [],
    legalBasis: [],
    framework: ['7.3'],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            [
              ...en.ARMED_ACTORS,
              ...terms(
                'intelligence services | special units | special forces | security apparatus | riot police',
              ),
            ],
            terms(
              'restructured | reorganized | reorganised | purged of | new units | deployed against | mobilized against | mobilised against | directed against',
            ),
            [...en.PROTECTED_GROUP, ...terms('opposition | protesters | communities')],
          ],
        },
      ],
      es: [
        {
          all: [
            [
              ...es.ARMED_ACTORS,
              ...terms(
                'servicios de inteligencia | unidades especiales | fuerzas especiales | aparato de seguridad | antidisturbios',
              ),
            ],
            terms(
              'reestructurad* | reorganizad* | purgad* de | nuevas unidades | desplegad* contra | movilizad* contra | dirigid* contra',
            ),
            [...es.PROTECTED_GROUP, ...terms('oposicion | manifestantes | comunidades')],
          ],
        },
      ],
    },
  },
  {
    id: 'militias-created-or-armed',
    name: { en: 'Militias created, armed or backed', es: 'Milicias creadas, armadas o respaldadas' },
    description: {
      en: 'Militias, paramilitary or "self-defence" groups are created, armed, trained or given legal cover.',
      es: 'Milicias, grupos paramilitares o de "autodefensa" son creados, armados, entrenados o amparados legalmente.',
    },
    riskFactors: ['RF7'],
    crimes: [],
    legalBasis: [],
    framework: ['7.5'],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'militia* | paramilitar* | vigilante* | self defence group* | self defense group* | auxiliary forces | armed civilians | civil defence forces | local defence',
            ),
            terms(
              'armed by | created | formed | established | set up | trained by | backed by | supported by | supplied | integrated | legalized | legalised | recruited | arming | mobilized | mobilised',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'milicia* | paramilitar* | autodefensa* | fuerzas auxiliares | civiles armados | defensa civil | colectivos armados',
            ),
            terms(
              'armad* por | cread* | creacion | conformad* | establecid* | entrenad* por | respaldad* por | apoyad* por | suministr* | integrad* | legaliz* | reclutad* | armaron | moviliz*',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'internet-and-communications-shutdown',
    name: { en: 'Internet and communications shutdowns', es: 'Cortes de internet y de las comunicaciones' },
    description: {
      en: 'Internet, mobile networks, phone lines or social media are cut, blocked or throttled, hiding events and isolating people.',
      es: 'Internet, redes móviles, líneas telefónicas o redes sociales cortadas, bloqueadas o ralentizadas, lo que oculta los hechos y aísla a la población.',
    },
    riskFactors: ['RF7'],
    crimes: [],
    legalBasis: [],
    framework: ['7.6'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms(
              'internet shutdown* | internet blackout* | communications blackout | telecommunications blackout | information blackout | network shutdown* | internet outage*',
            ),
          ],
        },
        {
          all: [
            terms(
              'internet | mobile data | mobile networks | telecommunications | phone lines | social media | messaging apps | whatsapp | telegram | facebook',
            ),
            terms(
              'shut down | cut | cut off | disrupted | blocked | suspended | switched off | restricted | throttled | banned | jammed',
            ),
          ],
          window: 5,
        },
      ],
      es: [
        {
          all: [
            terms(
              'apagon de internet | apagones de internet | corte* de internet | apagon informativo | apagon de las comunicaciones | apagon de telecomunicaciones | bloqueo de internet',
            ),
          ],
        },
        {
          all: [
            terms(
              'internet | datos moviles | redes moviles | telecomunicaciones | lineas telefonicas | redes sociales | aplicaciones de mensajeria | whatsapp | telegram | facebook',
            ),
            terms(
              'cortad* | cortaron | interrumpid* | interrumpieron | bloquead* | bloquearon | suspendid* | suspendieron | restringid* | restringieron | inhibid*',
            ),
          ],
          window: 5,
        },
      ],
    },
  },
  {
    id: 'expulsion-of-ngos-and-media',
    name: {
      en: 'Expulsion or restriction of NGOs, UN agencies and media',
      es: 'Expulsión o restricción de ONG, organismos de la ONU y prensa',
    },
    description: {
      en: 'NGOs, international organisations, UN staff or journalists are expelled, refused entry, or have their operations suspended or licences revoked.',
      es: 'ONG, organizaciones internacionales, personal de la ONU o periodistas expulsados, con entrada denegada, o con operaciones suspendidas o licencias revocadas.',
    },
    riskFactors: ['RF7', 'RF6'],
    crimes: [],
    legalBasis: [],
    framework: ['7.7', '6.5'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms(
              'expelled | expulsion | ordered to leave | persona non grata | suspended the operations | suspended operations | revoked the licen* | revoked licen* | deregistered | barred from | refused entry',
            ),
            terms(
              'ngos | ngo | international organi* | un agency | un agencies | un staff | un officials | humanitarian organi* | aid agencies | foreign journalists | journalists | international media | correspondents | human rights monitors | resident coordinator | special envoy',
            ),
          ],
        },
        {
          // Severe restriction of their work (7.7): organisations and outlets dissolved, shut or made to
          // register as agents of a foreign power. Arrests of individual members are civic space (RF6) only.
          all: [
            terms(
              'ngos | ngo | human rights groups | human rights organi* | civil society organi* | associations | media outlets | news outlets | newspapers | radio station* | television station* | independent media',
            ),
            terms(
              'dissolved | deregistered | shut down | closed down | were closed | was closed | outlawed | foreign agent* | licences revoked | licenses revoked | taken off the air | forced off the air | suspended their activities',
            ),
          ],
          window: 12,
        },
        {
          // A UN or human rights office closed and its staff told to leave the country.
          all: [
            terms('closure of the | closed the | close the | shut the'),
            terms('office | offices | mission'),
            terms('un | united nations | high commissioner | ohchr | human rights'),
            terms('government | authorities | ordered | to leave the country'),
          ],
          window: 12,
        },
      ],
      es: [
        {
          all: [
            terms(
              'expulsad* | expulso | expulsaron | expulsion | ordenaron abandonar | ordeno abandonar | persona non grata | suspendio las operaciones | suspendieron las operaciones | revoco la licencia | revocaron las licencias | revocaron los permisos | cancelo el registro | negaron la entrada',
            ),
            terms(
              'ong | ongs | organizaciones internacionales | organizacion internacional | agencias de la onu | agencia de la onu | personal de la onu | funcionarios de la onu | organizaciones humanitarias | organismos humanitarios | periodistas extranjeros | periodistas | prensa internacional | corresponsales | coordinador residente | enviado especial | enviada especial',
            ),
          ],
        },
        {
          all: [
            terms(
              'ong | ongs | organizaciones de derechos humanos | organizacion de derechos humanos | organizaciones de la sociedad civil | organizaciones sin fines de lucro | asociaciones | medios de comunicacion | medios independientes | periodicos | emisoras | canales de television',
            ),
            terms(
              'disuelt* | disolvio | clausurad* | cerrados | cerradas | ilegalizad* | agentes extranjeros | personeria juridica | suspendio sus actividades | suspender sus actividades | licencias revocadas | revoco la licencia | fuera del aire',
            ),
          ],
          window: 12,
        },
        {
          all: [
            terms('cierre de la | cerro la | cerrar la | clausura de la'),
            terms('oficina | oficinas | mision'),
            terms('onu | naciones unidas | alto comisionado | oacnudh | derechos humanos'),
            terms('gobierno | autoridades | ordeno | ordenaron | abandonar el pais'),
          ],
          window: 12,
        },
      ],
    },
  },
];
