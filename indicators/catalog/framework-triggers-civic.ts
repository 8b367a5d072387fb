import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';

// RF8, 8.8–8.12: civic and economic moments that can set off violence: elections and censuses, resource
// projects, commemorations and accountability processes.

export const frameworkTriggersCivic: Indicator[] = [
  {
    id: 'electoral-or-census-tensions',
    name: { en: 'Tension around elections or a census', es: 'Tensiones en torno a elecciones o censos' },
    description: {
      en: 'Elections, referendums or censuses marked by violence, intimidation, disputed results or postponement.',
      es: 'Elecciones, referendos o censos marcados por violencia, intimidación, resultados impugnados o aplazamientos.',
    },
    riskFactors: ['RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['8.8'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms('election* | electoral | polls | voting | referendum | census | ballot*'),
            terms(
              'violence | tensions | unrest | clashes | disputed | rigged | fraud | postponed | contested | intimidation | killed | attacks',
            ),
          ],
        },
        {
          all: [
            terms(
              'census | runoff | the vote | the elections | the election | electoral | polls | ballot | presidential race | disputed vote | municipal elections',
            ),
            anyOf(
              ctx.HARM_EN,
              terms(
                'protests | arrests | record ethnicity | redraw | before the | after the | ahead of | days before | weeks before | following',
              ),
            ),
          ],
          window: 16,
        },
      ],
      es: [
        {
          all: [
            terms(
              'eleccion* | electoral* | comicios | votacion* | referendo | referendum | censo | plebiscito | escrutinio',
            ),
            terms(
              'violencia | tensiones | disturbios | enfrentamientos | disputad* | fraude | aplazad* | pospuest* | impugnad* | intimidacion | asesinad* | ataques',
            ),
          ],
        },
        {
          all: [
            terms('censo | elecciones | electoral | comicios | segunda vuelta | las urnas | votacion'),
            anyOf(
              ctx.HARM_ES,
              terms(
                'protestas | tras las | antes de las | a cuatro meses | en visperas | semanas antes | despues de las',
              ),
            ),
          ],
          window: 16,
        },
      ],
    },
  },
  {
    id: 'resource-discovery-or-extraction',
    name: {
      en: 'Resource discoveries or extractive projects',
      es: 'Hallazgo de recursos o proyectos extractivos',
    },
    description: {
      en: 'New deposits, mining or oil concessions, dams or plantations that displace communities or threaten livelihoods.',
      es: 'Nuevos yacimientos, concesiones mineras o petroleras, represas o plantaciones que desplazan a comunidades o amenazan sus medios de vida.',
    },
    riskFactors: ['RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['8.10'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms(
              'discovery of oil | discovery of gold | new deposits | mining concession* | oil concession* | extractive project* | extractive industr* | mining project* | hydroelectric dam* | megaproject* | plantation* | palm oil',
            ),
            terms(
              'displaced | evicted | evictions | livelihoods | protests | communities | indigenous | tensions | violence | opposition | land',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'descubrimiento de petroleo | descubrimiento de oro | nuevos yacimientos | concesion* minera* | concesion* petrolera* | proyecto* extractivo* | industria* extractiva* | proyecto* minero* | hidroelectrica* | megaproyecto* | agroindustri* | palma aceitera | monocultivo*',
            ),
            terms(
              'desplazad* | desalojad* | desalojo* | medios de vida | protestas | comunidades | indigenas | tensiones | violencia | oposicion | tierras | territorio*',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'inflammatory-commemorations',
    name: { en: 'Commemorations that inflame tensions', es: 'Conmemoraciones que avivan tensiones' },
    description: {
      en: 'Anniversaries of past crimes or wars, or events that glorify perpetrators, become occasions for tension.',
      es: 'Aniversarios de crímenes o guerras pasados, o actos que glorifican a los perpetradores, se convierten en ocasión de tensiones.',
    },
    riskFactors: ['RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['8.11'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms(
              'anniversary | commemorat* | memorial | remembrance | glorif* | honoured | honored | statue | monument to | procession marking | parade marking | march marking | procession celebrating | parade celebrating',
            ),
            terms(
              'massacre | genocide | war | killings | perpetrators | war criminals | convicted | battle | victory',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'aniversario | conmemora* | homenaje* | memorial | glorific* | exaltacion | monumento a | estatua | desfile que conmemora | procesion que conmemora | marcha que conmemora | desfile que celebra | procesion que celebra',
            ),
            terms(
              'masacre | genocidio | guerra | matanza | perpetradores | criminales de guerra | condenados | batalla | victoria',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'contested-accountability-processes',
    name: {
      en: 'Accountability processes seen as unfair',
      es: 'Procesos de rendición de cuentas percibidos como injustos',
    },
    description: {
      en: 'Verdicts, indictments, warrants or truth processes denounced as biased or selective, or met with protest.',
      es: 'Sentencias, acusaciones, órdenes de detención o procesos de verdad denunciados como sesgados o selectivos, o recibidos con protestas.',
    },
    riskFactors: ['RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['8.12'],
    weight: 0.25,
    rules: {
      en: [
        {
          all: [
            terms(
              'verdict | indictment | arrest warrant | trial | conviction | acquittal | tribunal | special court | truth commission | extradition',
            ),
            terms(
              'unfair | biased | victor s justice | selective | politicized | politicised | protests | riots | backlash | denounced',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'veredicto | sentencia | acusacion formal | orden de detencion | orden de arresto | juicio | condena | absolucion | tribunal especial | comision de la verdad | jurisdiccion especial | extradicion',
            ),
            terms(
              'injust* | sesgad* | justicia de los vencedores | selectiv* | politizad* | protestas | disturbios | reaccion violenta | denunciad*',
            ),
          ],
        },
      ],
    },
  },
];
