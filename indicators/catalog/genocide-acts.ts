import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// The five acts of art. 6. Each rule asks for a marker of the protected group, because the act alone
// (a killing, an injury) is the actus reus of many crimes; what makes it a genocide signal is the group.

export const genocideActs: Indicator[] = [
  {
    id: 'genocide-killing-group-members',
    name: {
      en: 'Killings of members of a protected group',
      es: 'Matanzas de miembros de un grupo protegido',
    },
    description: {
      en: 'People are reported killed in connection with their national, ethnic, racial or religious identity, or victims are described by that identity.',
      es: 'Se informa de personas asesinadas en relación con su identidad nacional, étnica, racial o religiosa, o las víctimas se describen por esa identidad.',
    },
    riskFactors: ['RF10'],
    crimes: ['genocide'],
    legalBasis: ['6(a)'],
    framework: ['10.2'],
    weight: 0.95,
    rules: {
      // The window keeps the group marker close to the killing: "religious leaders condemned the
      // killings" names a group but reports no killing of it.
      en: [
        {
          all: [en.KILLED, en.PROTECTED_GROUP],
          window: 8,
          none: [...en.NOT_VIOLENT_DEATH, ...terms('condemn*')],
        },
      ],
      es: [
        {
          all: [es.KILLED, es.PROTECTED_GROUP],
          window: 8,
          none: [...es.NOT_VIOLENT_DEATH, ...terms('condena* | condeno')],
        },
      ],
    },
  },
  {
    id: 'genocide-serious-harm-to-group',
    name: {
      en: 'Serious bodily or mental harm to members of a protected group',
      es: 'Lesiones graves a la integridad física o mental de miembros de un grupo protegido',
    },
    description: {
      en: 'Torture, mutilation, rape, beatings or other serious physical or psychological harm inflicted on people identified by their group.',
      es: 'Tortura, mutilaciones, violaciones, palizas u otros daños físicos o psicológicos graves infligidos a personas identificadas por su grupo.',
    },
    riskFactors: ['RF10'],
    crimes: ['genocide'],
    legalBasis: ['6(b)'],
    framework: ['10.3'],
    weight: 0.8,
    rules: {
      en: [
        {
          all: [
            terms(
              'tortur* | mutilat* | maimed | amputat* | severely beaten | rape | raped | rapes | raping | sexual violence | serious bodily | serious harm | mental harm | psychological harm | lasting trauma',
            ),
            en.PROTECTED_GROUP,
          ],
          none: en.PROGRAMME_CONTEXT,
        },
      ],
      es: [
        {
          all: [
            terms(
              'tortur* | mutilad* | mutilacion* | amputad* | golpiza* | brutalmente golpead* | violadas | violencia sexual | lesiones graves | dano grave | danos graves | dano psicologico | danos psicologicos | trauma duradero',
            ),
            es.PROTECTED_GROUP,
          ],
          none: es.PROGRAMME_CONTEXT,
        },
      ],
    },
  },
  {
    id: 'genocide-destructive-conditions-of-life',
    name: {
      en: 'Conditions of life imposed on a group that threaten its physical survival',
      es: 'Condiciones de existencia impuestas a un grupo que amenazan su supervivencia física',
    },
    description: {
      en: 'A protected group is cut off from food, water, medical care or shelter, or driven into places where it cannot survive.',
      es: 'Un grupo protegido queda privado de alimentos, agua, atención médica o refugio, o es empujado a lugares donde no puede sobrevivir.',
    },
    // Aimed at a protected group as such: identity is the axis of the measure, so it is also 9.1 (RF9).
    riskFactors: ['RF10', 'RF7', 'RF9'],
    crimes: ['genocide'],
    legalBasis: ['6(c)'],
    framework: ['7.10', '9.1'],
    weight: 0.85,
    rules: {
      en: [
        {
          all: [
            terms(
              'deprived of | deprivation of | denied access to | cut off from | blocked access to | no access to | withheld | starv*',
            ),
            terms('food | water | medicine* | medical care | health care | shelter | humanitarian aid'),
            en.PROTECTED_GROUP,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'privad* de | privacion de | negaron el acceso | negado el acceso | sin acceso a | cortaron el suministro | bloquearon el acceso | hambruna | inanicion | hambre',
            ),
            terms(
              'alimentos | comida | agua | medicamentos | medicinas | atencion medica | refugio | ayuda humanitaria',
            ),
            es.PROTECTED_GROUP,
          ],
        },
      ],
    },
  },
  {
    id: 'genocide-measures-preventing-births',
    name: {
      en: 'Measures to prevent births within a protected group',
      es: 'Medidas destinadas a impedir nacimientos en el seno de un grupo protegido',
    },
    description: {
      en: 'Forced sterilisation, contraception or abortion, bans on marriage or childbirth, or sharp falls in birth rates imposed on a group.',
      es: 'Esterilización, anticoncepción o aborto forzados, prohibiciones de matrimonio o de tener hijos, o caídas bruscas de la natalidad impuestas a un grupo.',
    },
    // Aimed at a protected group as such: identity is the axis of the measure, so it is also 9.1 (RF9).
    riskFactors: ['RF10', 'RF9'],
    crimes: ['genocide'],
    legalBasis: ['6(d)'],
    framework: ['10.4', '9.1'],
    weight: 0.9,
    rules: {
      en: [
        {
          all: [
            terms(
              'forced steriliz* | forced sterilis* | forcibly sterili* | forced contracepti* | mandatory contracepti* | forced abortion* | forcibly aborted | forced iud* | birth control | birth restriction* | birth rate* | marriage ban* | ban on marriage | prevent births | preventing births',
            ),
            en.PROTECTED_GROUP,
          ],
        },
        {
          // Maternity care withdrawn from a group's women, and limits on how many children they may have.
          all: [
            terms(
              'maternity services | maternity care | maternity wards | antenatal care | prenatal care | births',
            ),
            terms(
              'stopped | halted | cut off | closed to | denied | suspended | withdrawn | banned | quotas',
            ),
            terms('women | mothers | of them'),
          ],
          window: 12,
        },
        {
          // Maternity care withdrawn from a group's women, and limits on how many children they may have.
          all: [
            terms(
              'maternity services | maternity care | maternity wards | antenatal care | prenatal care | births',
            ),
            terms(
              'stopped | halted | cut off | closed to | denied | suspended | withdrawn | banned | quotas',
            ),
            terms('women | mothers | of them'),
          ],
          window: 12,
        },
        {
          all: [
            terms(
              'more than two children | two child | more than one child | number of children | to have children',
            ),
            terms('permit | permission | limit | banned | barred | forbidden | must obtain | need'),
          ],
          window: 10,
        },
      ],
      es: [
        {
          all: [
            terms(
              'esterilizacion* forzada* | esterilizacion* forzosa* | esterilizad* a la fuerza | anticoncepcion forzada | anticonceptivos obligatorios | aborto* forzado* | aborto* forzoso* | dispositivos intrauterinos | control de la natalidad | control de natalidad | tasa* de natalidad | prohibicion de contraer matrimonio | impedir nacimientos | impedir los nacimientos',
            ),
            es.PROTECTED_GROUP,
          ],
        },
        {
          all: [
            terms(
              'mas de dos hijos | mas de un hijo | numero de hijos | tener hijos | partos | servicios de maternidad | atencion prenatal',
            ),
            terms(
              'permiso | limite | prohib* | necesitan | autorizacion | suspendieron | cerraron | negaron',
            ),
          ],
          window: 10,
        },
      ],
    },
  },
  {
    id: 'genocide-transfer-of-children',
    name: {
      en: 'Forcible transfer of a group’s children to another group',
      es: 'Traslado por la fuerza de niños de un grupo a otro grupo',
    },
    description: {
      en: 'Children of a protected group are taken from their families or community and placed with another group, put up for adoption, or given a new identity.',
      es: 'Niños de un grupo protegido son separados de sus familias o de su comunidad y entregados a otro grupo, dados en adopción o dotados de una nueva identidad.',
    },
    // Aimed at a protected group as such: identity is the axis of the measure, so it is also 9.1 (RF9).
    riskFactors: ['RF10', 'RF9'],
    crimes: ['genocide'],
    legalBasis: ['6(e)'],
    framework: ['10.4', '9.1'],
    weight: 0.9,
    rules: {
      en: [
        {
          all: [
            en.CHILDREN,
            terms(
              'forcibly transferred | forcibly removed | taken away from | removed from their | separated from their | deported | transferred to | taken to',
            ),
            en.PROTECTED_GROUP,
          ],
        },
        {
          all: [
            en.CHILDREN,
            terms(
              'forced adoption* | adopted by | put up for adoption | new identit* | given new names | assimilat* | re education | reeducation',
            ),
            terms('transferred | removed | taken | deported | separated | placed'),
          ],
        },
        {
          all: [
            anyOf(en.CHILDREN, terms('newborns | babies | infants')),
            terms(
              'adoption | new names | boarding school* | other provinces | families of the dominant | families of the majority | taught only in | no record of them',
            ),
            terms('taken | removed | separated | placed | sent | handed | transferred | whose parents'),
          ],
          none: en.PROGRAMME_CONTEXT,
        },
      ],
      es: [
        {
          all: [
            es.CHILDREN,
            terms(
              'trasladad* por la fuerza | traslado forzoso | traslado forzado | separad* de sus familias | separad* de sus padres | arrebatad* | sustraid* | deportad* | llevados a | trasladados a',
            ),
            es.PROTECTED_GROUP,
          ],
        },
        {
          all: [
            es.CHILDREN,
            terms(
              'adopcion* | adoptad* | nueva identidad | cambiaron sus nombres | asimilacion | reeducacion | internados',
            ),
            terms(
              'trasladad* | deportad* | separad* | llevados | llevadas | arrebatad* | sustraid* | entregad*',
            ),
          ],
        },
        {
          all: [
            anyOf(es.CHILDREN, terms('recien nacidos | bebes | hijos')),
            terms(
              'adopcion | cambio el nombre | cambiaron el nombre | se les cambio | nuevos nombres | internado* | escuelas patrioticas | otras provincias | familias de la mayoria | familias del grupo | hablar su lengua | su idioma',
            ),
            terms(
              'separad* | retiran | retiraron | enviad* | llevad* | trasladad* | entregan | entregaron | entregad* | arrebatad* | sustraid*',
            ),
          ],
          none: es.PROGRAMME_CONTEXT,
        },
      ],
    },
  },
];
