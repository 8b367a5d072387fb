import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Objects with special protection: medical units, schools, places of worship and cultural property, and
// objects indispensable to survival. The English 8(2)(b)(ix) names education; the Spanish text does not,
// but the English is equally authentic (art. 128) and 8(2)(e)(iv) names it in both, so schools cite both.

const WC = 'war_crimes' as const;

// What destroys the objects indispensable to survival, air strikes included (so kept out of the party group).
const DESTROYED_ES = terms(
  'destruid* | destruyeron | quemad* | quemaron | envenenad* | envenenaron | vertieron | saquead* | saquearon | bloquead* | bloquearon | cortaron | mataron | dinamit* | volaron | bombarde* | ataques aereos | ataques',
);

export const warCrimesProtectedObjects: Indicator[] = [
  {
    id: 'attacks-on-medical-care',
    name: {
      en: 'Attacks on hospitals, medical units and health workers',
      es: 'Ataques contra hospitales, unidades sanitarias y personal de salud',
    },
    description: {
      en: 'Hospitals, clinics or ambulances are struck, raided or occupied, or doctors, nurses and other health workers are killed, detained or threatened.',
      es: 'Hospitales, clínicas o ambulancias son atacados, asaltados u ocupados, o médicos, enfermeras y otro personal de salud son asesinados, detenidos o amenazados.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xxiv)', '8(2)(e)(ii)', '8(2)(b)(ix)', '8(2)(e)(iv)'],
    framework: [],
    weight: 0.85,
    rules: {
      en: [
        ...ctx.attackRules(
          'en',
          anyOf(en.MEDICAL, terms('maternity ward | health post* | trauma centre')),
          // A hospital or doctors that report the dead or treat the wounded are a source, not a target.
          [
            ...en.NOT_ARMED_ATTACK,
            ...terms(
              'hospital reporting | hospital reported | hospital said | according to the hospital | doctors in | doctors said | doctors treated | according to doctors',
            ),
          ],
        ),
        {
          all: [
            terms('killed | abducted | detained | arrested | shot | beaten | threatened'),
            terms(
              'health care workers | ambulance drivers | surgeons | midwives | medical volunteers | first responders',
            ),
          ],
        },
      ],
      es: [
        ...ctx.attackRules('es', anyOf(es.MEDICAL, terms('hospital infantil | centros sanitarios')), [
          ...es.NOT_ARMED_ATTACK,
          ...terms(
            'segun el hospital | segun los medicos | segun medicos | el hospital informo | los medicos atendieron | medicos de',
          ),
        ]),
        {
          all: [
            terms('asesinad* | secuestrad* | detenid* | arrestad* | baleados | golpead* | amenazad*'),
            terms(
              'conductores de ambulancia | cirujanos | parteras | voluntarios sanitarios | socorristas | brigadistas de salud',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'attacks-on-schools-and-education',
    name: {
      en: 'Attacks on schools, universities and education',
      es: 'Ataques contra escuelas, universidades y la educación',
    },
    description: {
      en: 'Schools and universities are attacked or used for military purposes, or students and teachers are targeted.',
      es: 'Escuelas y universidades son atacadas o usadas con fines militares, o estudiantes y docentes son atacados.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(ix)', '8(2)(e)(iv)'],
    framework: [],
    weight: 0.7,
    rules: {
      en: [
        ...ctx.attackRules(
          'en',
          terms(
            'school* | classroom* | universit* | pupils | teachers | kindergarten* | educational facilit*',
          ),
          // The pupils of the eye, a sign of nerve-agent exposure.
          [...en.NOT_ARMED_ATTACK, ...terms('pinpoint pupils | constricted pupils | dilated pupils')],
        ),
        {
          all: [
            terms(
              'military use | occupied by | used as a base | used as barracks | converted into a military',
            ),
            terms('school | schools | university | universities'),
          ],
        },
      ],
      es: [
        ...ctx.attackRules(
          'es',
          terms(
            'escuela* | colegio* | aula* | universidad* | alumnos | docentes | maestros | guarderia* | centro* educativo* | sedes educativas | instituciones educativas',
          ),
          es.NOT_ARMED_ATTACK,
        ),
        {
          all: [
            terms(
              'uso militar | ocupad* por | utilizad* como base | usad* como base | convertid* en cuartel',
            ),
            terms('escuela | escuelas | colegio | colegios | universidad | universidades'),
          ],
        },
      ],
    },
  },
  {
    id: 'destruction-of-religious-and-cultural-property',
    name: {
      en: 'Attacks on places of worship, cultural heritage and monuments',
      es: 'Ataques contra lugares de culto, patrimonio cultural y monumentos',
    },
    description: {
      en: 'Mosques, churches, temples, cemeteries, museums, archives or monuments are attacked, destroyed or desecrated, often a sign of an effort to erase a group.',
      es: 'Mezquitas, iglesias, templos, cementerios, museos, archivos o monumentos son atacados, destruidos o profanados, a menudo señal de un intento de borrar a un grupo.',
    },
    // In armed conflict only; the same destruction by a government in peacetime is persecution
    // (persecution-of-identifiable-group). RF7: the Framework's 7.11, destruction of a group's property.
    riskFactors: ['RF13', 'RF7'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(ix)', '8(2)(e)(iv)'],
    framework: ['7.11'],
    weight: 0.7,
    rules: {
      en: ctx
        .attackRules(
          'en',
          terms(
            'mosque* | church* | temple* | synagogue* | shrine* | monaster* | pagoda* | cemeter* | graveyard* | cultural heritage | heritage site* | monument* | museum* | manuscript* | library | libraries | archives | holy site* | place* of worship | minaret*',
          ),
          en.NOT_ARMED_ATTACK,
        )
        .concat({
          all: [
            terms(
              'destroyed | demolished | razed | bulldozed | desecrat* | vandalis* | vandaliz* | blown up | looted | bring down | brought down',
            ),
            terms(
              'mosque* | church* | temple* | synagogue* | shrine* | monaster* | pagoda* | cemeter* | graveyard* | cultural heritage | heritage site* | monument* | museum* | manuscript* | library | libraries | archives | holy site* | place* of worship | minaret*',
            ),
            ctx.CONFLICT_PARTY_EN,
          ],
          none: en.NOT_ARMED_ATTACK,
        }),
      es: ctx
        .attackRules(
          'es',
          terms(
            'mezquita* | iglesia* | templo* | sinagoga* | santuario* | monasterio* | pagoda* | cementerio* | patrimonio cultural | sitio* patrimonial* | monumento* | museo* | manuscrito* | biblioteca* | archivos | lugar* sagrado* | lugar* de culto | mausoleo*',
          ),
          es.NOT_ARMED_ATTACK,
        )
        .concat({
          all: [
            terms(
              'destruid* | destruyeron | demolid* | demolieron | arrasad* | arrasaron | quemad* | quemaron | profanad* | profanaron | dinamitad* | saquead* | saquearon | vandaliz*',
            ),
            terms(
              'mezquita* | iglesia* | templo* | sinagoga* | santuario* | monasterio* | pagoda* | cementerio* | patrimonio cultural | sitio* patrimonial* | monumento* | museo* | manuscrito* | biblioteca* | archivos | lugar* sagrado* | lugar* de culto | mausoleo*',
            ),
            ctx.CONFLICT_PARTY_ES,
          ],
          none: es.NOT_ARMED_ATTACK,
        }),
    },
  },
  {
    id: 'starvation-as-method-of-warfare',
    name: {
      en: 'Starvation of civilians as a method of warfare',
      es: 'Hambre de la población civil como método de guerra',
    },
    description: {
      en: 'Sieges, blockades or the destruction of crops, wells and food stocks deprive civilians of what they need to survive.',
      es: 'Asedios, bloqueos o la destrucción de cultivos, pozos y reservas de alimentos privan a la población civil de lo indispensable para sobrevivir.',
    },
    // Extermination (7(1)(b)) needs deaths on a mass scale, which a siege alone does not report; the
    // extermination indicator reads those deaths.
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xxv)'],
    framework: ['13.8'],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            terms('starv* | hunger | famine'),
            terms(
              'method of warfare | weapon of war | as a weapon | by blocking | siege | besieged | blockade*',
            ),
          ],
        },
        {
          // Deliberate hunger is a method of warfare only where a party to the conflict imposes it: detainees
          // starved in a peacetime prison are extermination or ill-treatment, not this war crime.
          all: [
            terms('starv* | hunger | famine'),
            terms('tactic | deliberately | deliberate | intentionally'),
            ctx.CONFLICT_PARTY_EN,
          ],
        },
        {
          all: [
            terms('siege | besieged | encircled | blockade*'),
            terms('food | aid | supplies | civilians | residents | population | bread | fuel | medicine*'),
          ],
          none: terms('drought* | locust* | crop failure'),
        },
        {
          all: [
            terms(
              'destroyed | burned | burnt | burning | poisoned | looted | blocked | cut off | cut down | dynamited | blew up | mined | threw animal carcasses into | shot at farmers | burning the wheat',
            ),
            terms(
              'crops | granaries | grain stores | grain silos | food stocks | wells | water points | water supply | water pumping | pumping station* | irrigation | livestock | farmland | harvest* | bakeries | fruit trees | fields | mills | wheat fields',
            ),
            ctx.CONFLICT_PARTY_EN,
          ],
          none: terms('drought* | locust* | flood*'),
        },
      ],
      es: [
        {
          all: [
            terms('inanicion | hambruna | hambre | hambrear'),
            terms('metodo de guerra | arma de guerra | como arma | bloqueando | asedio | sitiad* | bloqueo'),
          ],
        },
        {
          all: [
            terms('inanicion | hambruna | hambre | hambrear'),
            terms('tactica | deliberad* | intencionad*'),
            ctx.CONFLICT_PARTY_ES,
          ],
        },
        {
          all: [
            terms('asedio | asediad* | sitiad* | cerco | bloqueo'),
            terms(
              'alimentos | ayuda | suministros | civiles | habitantes | poblacion | pan | combustible | medicamentos',
            ),
          ],
          none: terms(
            'sequia* | langosta* | mala cosecha | carretera* | protesta* | manifestantes | economico | comercial',
          ),
        },
        {
          all: [
            DESTROYED_ES,
            terms(
              'cultivos | cosechas | graneros | reservas de alimentos | pozos | puntos de agua | suministro de agua | deposito de agua | estacion de bombeo | riego | ganado | animales | tierras de cultivo | panaderias | molinos | mercados de pescado | campos',
            ),
            ctx.CONFLICT_PARTY_ES.filter((t) => !DESTROYED_ES.includes(t)),
          ],
          none: terms('sequia* | langosta* | inundacion*'),
        },
      ],
    },
  },
];
