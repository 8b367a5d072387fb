import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF14: threats to humanitarian and peacekeeping operations, and the war crimes of attacking them
// (8(2)(b)(iii), 8(2)(e)(iii)) or impeding relief (8(2)(b)(xxv)). RF14's indicators are known only by
// theme (R?), so they cite no Framework number unless another factor's numbered item fits.

const WC = 'war_crimes' as const;
const MISSION_BASIS = ['8(2)(b)(iii)', '8(2)(e)(iii)'];

const PEACEKEEPING_EN = terms(
  'peacekeep* | blue helmets | un mission | un base | un convoy | un troops | monusco | minusma | unmiss | minusca | unifil | unamid | unisfa | african union mission | amisom | atmis',
);
const PEACEKEEPING_ES = terms(
  'mantenimiento de la paz | cascos azules | mision de la onu | base de la onu | convoy de la onu | tropas de la onu | monusco | minusma | unmiss | minusca | fpnul | unamid | unisfa | mision de la union africana | mision de paz | fuerza* de paz',
);

export const humanitarianAndPeacekeeping: Indicator[] = [
  {
    id: 'attacks-on-peacekeepers',
    name: { en: 'Attacks on peacekeepers', es: 'Ataques contra el personal de mantenimiento de la paz' },
    description: {
      en: 'Peacekeepers, their bases, convoys or equipment are attacked, ambushed, or their personnel killed or abducted.',
      es: 'El personal de mantenimiento de la paz, sus bases, convoyes o equipos son atacados o emboscados, o su personal asesinado o secuestrado.',
    },
    riskFactors: ['RF14'],
    crimes: [WC],
    legalBasis: MISSION_BASIS,
    framework: [],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            [...en.ATTACK, ...en.KILLED, ...terms('ambush* | abducted | wounded | injured')],
            PEACEKEEPING_EN,
          ],
          none: en.NOT_ARMED_ATTACK,
        },
      ],
      es: [
        {
          all: [[...es.ATTACK, ...es.KILLED, ...terms('emboscad* | secuestrad* | herid*')], PEACEKEEPING_ES],
          none: es.NOT_ARMED_ATTACK,
        },
      ],
    },
  },
  {
    id: 'attacks-on-humanitarian-workers',
    name: {
      en: 'Attacks on humanitarian workers, convoys and premises',
      es: 'Ataques contra trabajadores, convoyes e instalaciones humanitarias',
    },
    description: {
      en: 'Aid workers are killed, abducted or detained, or humanitarian convoys, warehouses and premises are attacked or looted.',
      es: 'Trabajadores humanitarios asesinados, secuestrados o detenidos, o convoyes, almacenes e instalaciones humanitarias atacados o saqueados.',
    },
    riskFactors: ['RF14'],
    crimes: [WC],
    legalBasis: MISSION_BASIS,
    framework: [],
    weight: 0.85,
    // Attackers wearing aid emblems feign protected status (perfidy): the aid workers are not the target.
    subsumedBy: ['perfidy-and-misuse-of-emblems'],
    rules: {
      en: [
        {
          all: [
            [
              ...en.ATTACK,
              ...en.KILLED,
              ...terms(
                'ambush* | abducted | kidnapped | detained | wounded | injured | looted | hijacked | carjacked',
              ),
            ],
            en.HUMANITARIAN,
          ],
          none: en.NOT_ARMED_ATTACK,
        },
        {
          all: [
            terms(
              'looted | stoned | set fire to | hijacked | ambushed | attacked | shelled | bombed | struck | killed | abducted | held | raided',
            ),
            terms(
              'un food agency | un agency | un agencies | un run | un compound | un staff | un warehouse | un vehicles | partner organisation* | partner organization* | relief agenc* | humanitarian mission | doctors without borders | medecins sans frontieres | its vehicles | logistics base | aid warehouse* | food warehouse* | world food programme',
            ),
          ],
          none: terms('wearing | tabards | vests | posing as | disguised | impersonat*'),
        },
      ],
      es: [
        {
          all: [
            [
              ...es.ATTACK,
              ...es.KILLED,
              ...terms('emboscad* | secuestrad* | detenid* | herid* | saquead* | saquearon | robad*'),
            ],
            es.HUMANITARIAN,
          ],
          none: es.NOT_ARMED_ATTACK,
        },
        {
          all: [
            terms(
              'retuvo | retuvieron | retenido* | retenida* | ha retenido | saquearon | saquead* | bombarde* | ataque* | atacaron | dispararon | quemaron | secuestraron | se llevaron | destruyo | asesinaron | murieron',
            ),
            terms(
              'mision humanitaria | organizacion humanitaria | medicos sin fronteras | convoy de naciones unidas | convoy de la onu | gestionada por la onu | gestionado por la onu | administrada por la onu | escuela de la onu | instalaciones de la onu | personal de la onu | almacen* de la onu | almacen* del pma | apoyado por medicos',
            ),
          ],
          none: terms('chaleco* | haciendose pasar | se hacian pasar | disfrazad* | vestidos de'),
        },
      ],
    },
  },
  {
    id: 'obstruction-of-humanitarian-relief',
    name: {
      en: 'Obstruction of humanitarian relief',
      es: 'Obstrucción de la asistencia humanitaria',
    },
    description: {
      en: 'Relief convoys and supplies are blocked, delayed, diverted or confiscated, depriving civilians of aid they need to survive.',
      es: 'Convoyes y suministros de socorro bloqueados, retrasados, desviados o confiscados, lo que priva a la población civil de la ayuda que necesita para sobrevivir.',
    },
    riskFactors: ['RF14', 'RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xxv)'],
    framework: ['13.8'],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms(
              'blocked | obstructed | impeded | denied | restricted | prevented | diverted | confiscated | turned back | delayed',
            ),
            terms(
              'humanitarian access | humanitarian assistance | humanitarian supplies | humanitarian convoy* | aid convoy* | relief convoy* | aid trucks | aid deliveries | relief supplies | food aid | relief items',
            ),
          ],
        },
        {
          all: [
            terms(
              'refused to authorise | refused to authorize | let only | allowed only | only 12 | turned back | confiscated',
            ),
            terms('convoys | trucks | relief | infant formula | surgical kits | supplies | aid'),
          ],
          window: 12,
        },
      ],
      es: [
        {
          all: [
            terms(
              'bloquead* | bloquearon | obstaculiz* | impidieron | impedid* | negaron | denegad* | restringid* | desviad* | confiscad* | retenid* | retrasad*',
            ),
            terms(
              'acceso humanitario | asistencia humanitaria | ayuda humanitaria | suministros humanitarios | convoy* humanitario* | camiones de ayuda | entregas de ayuda | suministros de socorro | ayuda alimentaria',
            ),
          ],
        },
        {
          all: [
            terms(
              'solo permitieron | permitieron solo | rechazaron | impide el ingreso | impiden el ingreso | quedan retenidos | retienen | bloquean',
            ),
            terms(
              'camiones | ayuda | alimentos | medicamentos | lanchas | depuradoras | sacos de harina | generadores',
            ),
          ],
          window: 14,
        },
      ],
    },
  },
  {
    id: 'restrictions-on-humanitarian-and-un-personnel',
    name: {
      en: 'Restrictions on the access and movement of humanitarian and UN staff',
      es: 'Restricciones al acceso y la circulación del personal humanitario y de la ONU',
    },
    description: {
      en: 'Visas, permits, checkpoints or bureaucratic impediments stop humanitarian or UN staff from reaching people in need.',
      es: 'Visados, permisos, puestos de control o trabas burocráticas impiden al personal humanitario o de la ONU llegar a la población necesitada.',
    },
    riskFactors: ['RF14', 'RF6'],
    crimes: [WC],
    legalBasis: [],
    framework: ['6.5'],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            terms(
              'visa* | permits | travel authori* | bureaucratic impediment* | access restrictions | movement restrictions | restrictions on movement | denied access | denied entry | restricted access',
            ),
            [...en.HUMANITARIAN, ...terms('un staff | un personnel | un agencies')],
          ],
        },
        {
          all: [
            terms(
              'un staff | aid workers | humanitarian staff | relief agencies | aid agencies | icrc | the un | ngos',
            ),
            terms(
              'permit | permits | not been allowed | not allowed | refused | none has been issued | no permits | barred | denied access',
            ),
          ],
          window: 16,
        },
      ],
      es: [
        {
          all: [
            terms(
              'visado* | visas | permisos | autorizaciones de viaje | trabas burocraticas | impedimentos burocraticos | restricciones de acceso | restricciones de movimiento | restricciones a la circulacion | negaron el acceso | negaron la entrada | acceso restringido',
            ),
            [...es.HUMANITARIAN, ...terms('personal de la onu | organismos de la onu | agencias de la onu')],
          ],
        },
        {
          all: [
            terms(
              'agencias humanitarias | organizaciones internacionales | personal humanitario | cicr | la onu | ong | mision humanitaria',
            ),
            terms(
              'permisos | permiso | no han podido | renovar | les exigio | negaron el acceso | no se les permite | impide',
            ),
          ],
          window: 16,
        },
      ],
    },
  },
  {
    id: 'hostility-towards-humanitarian-and-peace-operations',
    name: {
      en: 'Hostile discourse against humanitarian or peace operations',
      es: 'Discurso hostil contra las operaciones humanitarias o de paz',
    },
    description: {
      en: 'Aid agencies or peacekeepers are portrayed as partial, as spies or as allies of the enemy, or are the target of protests and incitement.',
      es: 'Organismos humanitarios o fuerzas de paz presentados como parciales, espías o aliados del enemigo, o blanco de protestas e incitación.',
    },
    riskFactors: ['RF14'],
    crimes: [WC],
    legalBasis: [],
    framework: [],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            terms(
              'accused | accusing | accusations | branded | labelled | labeled | portrayed | smear* | disinformation | propaganda',
            ),
            [...en.HUMANITARIAN, ...PEACEKEEPING_EN, ...terms('united nations')],
            terms(
              'supporting | siding with | collaborat* | spies | spying | biased | partial | allied with | agents | enemy | terrorists | rebels',
            ),
          ],
        },
        {
          all: [
            terms(
              'protests against | demonstrations against | hostile rhetoric | incitement against | smear campaign* | anti un',
            ),
            [...en.HUMANITARIAN, ...PEACEKEEPING_EN, ...terms('united nations')],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'acusad* | acusaron | acuso | tildad* | tildaron | senalaron | presentad* como | desprestigi* | desinformacion | propaganda',
            ),
            [...es.HUMANITARIAN, ...PEACEKEEPING_ES, ...terms('naciones unidas')],
            terms(
              'apoyar | apoyo a | apoyan | colabor* | espias | espionaje | parcial* | aliad* | agentes | enemig* | terroristas | rebeldes | insurgentes',
            ),
          ],
        },
        {
          all: [
            terms(
              'protestas contra | manifestaciones contra | retorica hostil | incitacion contra | campana* de desprestigio | contra la onu',
            ),
            [...es.HUMANITARIAN, ...PEACEKEEPING_ES, ...terms('naciones unidas')],
          ],
        },
      ],
    },
  },
];
