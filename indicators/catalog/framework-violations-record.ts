import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF2: a record of serious violations that were never dealt with. Impunity (2.3) is the strongest of
// these signals in the Framework's own reasoning: unpunished crimes are the best predictor of more.

export const frameworkViolationsRecord: Indicator[] = [
  {
    id: 'pattern-of-serious-violations',
    name: {
      en: 'Pattern of serious human rights or humanitarian law violations',
      es: 'Patrón de violaciones graves de los derechos humanos o del derecho humanitario',
    },
    description: {
      en: 'Sources report serious, gross or systematic violations of human rights or international humanitarian law.',
      es: 'Las fuentes informan de violaciones graves, manifiestas o sistemáticas de los derechos humanos o del derecho internacional humanitario.',
    },
    riskFactors: ['RF2'],
    crimes: [],
    legalBasis: [],
    framework: ['2.1'],
    weight: 0.4,
    rules: {
      en: [
        {
          all: [
            terms(
              'serious violations | grave violations | gross violations | serious abuses | grave abuses | systematic violations | widespread violations | pattern of abuses | pattern of violations',
            ),
            terms('human rights | international humanitarian law | humanitarian law | ihl'),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'violaciones graves | graves violaciones | violaciones manifiestas | abusos graves | graves abusos | violaciones sistematicas | violaciones generalizadas | patron de abusos | patron de violaciones',
            ),
            terms('derechos humanos | derecho internacional humanitario | dih'),
          ],
        },
      ],
    },
  },
  {
    id: 'past-atrocity-crimes',
    name: { en: 'Past atrocity crimes', es: 'Crímenes atroces en el pasado' },
    description: {
      en: 'The country or area has a history of genocide, massacres, ethnic cleansing or other atrocity crimes.',
      es: 'El país o la zona tiene antecedentes de genocidio, masacres, limpieza étnica u otros crímenes atroces.',
    },
    riskFactors: ['RF2'],
    crimes: [],
    legalBasis: [],
    framework: ['2.2'],
    weight: 0.4,
    rules: {
      en: [
        {
          all: [
            terms(
              'past | previous | history of | legacy of | earlier | decades of | recurring | repeat of | reminiscent of',
            ),
            terms(
              'genocide | massacres | atrocities | atrocity crimes | ethnic cleansing | war crimes | crimes against humanity | pogrom*',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'pasad* | anterior* | historia de | antecedentes de | legado de | decadas de | recurrente* | repeticion de | recuerda a',
            ),
            terms(
              'genocidio | masacres | atrocidades | crimenes atroces | limpieza etnica | crimenes de guerra | crimenes de lesa humanidad | pogrom*',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'impunity-and-amnesty',
    name: { en: 'Impunity and amnesty for serious crimes', es: 'Impunidad y amnistía por crímenes graves' },
    description: {
      en: 'Perpetrators are amnestied, pardoned or never prosecuted; investigations are closed or never opened.',
      es: 'Los responsables son amnistiados, indultados o nunca procesados; las investigaciones se archivan o nunca se abren.',
    },
    riskFactors: ['RF2', 'RF3'],
    crimes: [],
    legalBasis: [],
    framework: ['2.3', '3.6'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms(
              'impunity | amnesty | amnesties | pardon* | no one has been held accountable | nobody has been held accountable | no one has been prosecuted | no one was prosecuted | no prosecutions | never investigated | not been investigated | investigations were closed | charges were dropped | remain at large | unpunished | immunity from prosecution',
            ),
          ],
          none: terms(
            'amnesty international | fight against impunity | combat impunity | combating impunity | end impunity',
          ),
        },
      ],
      es: [
        {
          all: [
            terms(
              'impunidad | amnistia* | indulto* | nadie ha sido procesado | nadie ha rendido cuentas | nadie fue procesado | ningun responsable | sin investigar | no han sido investigad* | archivaron | sobreseimiento | retiraron los cargos | siguen impunes | impunes | punto final | obediencia debida | autoamnistia',
            ),
          ],
          none: terms(
            'amnistia internacional | lucha contra la impunidad | combatir la impunidad | poner fin a la impunidad',
          ),
        },
      ],
    },
  },
  {
    id: 'failure-to-halt-violations',
    name: {
      en: 'Failure or refusal to stop foreseeable violations',
      es: 'Omisión o negativa a detener violaciones previsibles',
    },
    description: {
      en: 'Authorities ignore early warnings, stand by or refuse to intervene as violations are planned or under way.',
      es: 'Las autoridades desatienden alertas tempranas, permanecen pasivas o se niegan a intervenir ante violaciones planeadas o en curso.',
    },
    riskFactors: ['RF2'],
    crimes: [],
    legalBasis: [],
    framework: ['2.4'],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            terms(
              'despite the action plan | despite an action plan | despite signing an action plan | failed to prevent | failed to protect | failed to intervene | failed to stop | did not intervene | refused to intervene | stood by | did nothing | looked on | no action was taken | ignored warnings | ignored early warnings | despite warnings | despite repeated warnings | despite early warnings',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'pese al plan de accion | a pesar del plan de accion | pese a haber firmado un plan de accion | no impidieron | no impidio | no protegieron | no intervinieron | no intervino | se negaron a intervenir | se nego a intervenir | no hicieron nada | ignoraron las alertas | ignoraron las advertencias | pese a las alertas | a pesar de las alertas | alertas tempranas desatendidas | desoyeron',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'support-for-alleged-perpetrators',
    name: {
      en: 'Support, promotion or protection of alleged perpetrators',
      es: 'Apoyo, ascenso o protección de presuntos responsables',
    },
    description: {
      en: 'People or units accused of serious violations are promoted, decorated, funded or shielded instead of being held to account.',
      es: 'Personas o unidades acusadas de violaciones graves son ascendidas, condecoradas, financiadas o protegidas en lugar de rendir cuentas.',
    },
    riskFactors: ['RF2'],
    crimes: [],
    legalBasis: [],
    framework: ['2.5'],
    weight: 0.4,
    rules: {
      en: [
        {
          all: [
            terms(
              'promoted | rewarded | decorated | awarded | praised | reinstated | funded | backed | shielded | protected',
            ),
            terms(
              'implicated in | accused of | suspected of | alleged perpetrators | sanctioned for | under investigation for',
            ),
            [...en.KILLED, ...terms('abuses | violations | atrocities | crimes | torture')],
          ],
        },
        {
          // Those an inquiry named as responsible now hold office or have been promoted.
          all: [
            terms('named by | identified by | singled out by | responsible for'),
            terms(
              'since been promoted | been promoted | were promoted | now hold | hold senior posts | hold posts | remain in service | still in service | still serve',
            ),
            [
              ...en.KILLED,
              ...terms(
                'abuses | violations | atrocities | crimes | torture | inquiry | commission of inquiry | truth commission',
              ),
            ],
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'ascendid* | ascendieron | premiad* | condecorad* | elogiad* | reintegrad* | financiad* | respaldad* | encubiert* | protegid*',
            ),
            terms(
              'implicad* en | acusad* de | sospechos* de | presuntos responsables | sancionad* por | investigad* por',
            ),
            [...es.KILLED, ...terms('abusos | violaciones | atrocidades | crimenes | tortura*')],
          ],
        },
        {
          all: [
            terms(
              'senalados por | senalados como | identificados por | identificados como | como responsables',
            ),
            terms(
              'ocupan hoy cargos | hoy ocupan cargos | ocupan cargos | fueron ascendidos | han sido ascendidos | siguen en servicio | siguen en funciones | siguen en sus cargos',
            ),
            [
              ...es.KILLED,
              ...terms(
                'abusos | violaciones | atrocidades | crimenes | tortura* | comision de la verdad | comision de investigacion',
              ),
            ],
          ],
        },
      ],
    },
  },
  {
    id: 'denial-or-justification-of-atrocities',
    name: { en: 'Denial or justification of atrocities', es: 'Negación o justificación de atrocidades' },
    description: {
      en: 'Authorities deny, dismiss as fabricated or justify killings and abuses, or rename them as legitimate operations.',
      es: 'Las autoridades niegan, tachan de fabricados o justifican asesinatos y abusos, o los presentan como operaciones legítimas.',
    },
    riskFactors: ['RF2'],
    crimes: [],
    legalBasis: [],
    framework: ['2.6'],
    weight: 0.45,
    rules: {
      en: [
        {
          all: [
            terms(
              'denied | denial | dismissed | rejected | fabricated | fake | staged | exaggerated | justified | legitimate operation | clearance operation*',
            ),
            [...en.KILLED, ...terms('atrocities | abuses | violations | allegations | genocide')],
          ],
          window: 10,
          none: terms('denied access | denied entry | access was denied'),
        },
        {
          // Victims recorded as enemies killed in combat: the official account that hides a killing.
          all: [
            terms(
              'official reports | official records | official version | reported by the army as | reported by the military as | presented as | passed off as',
            ),
            terms(
              'killed in combat | killed in action | killed in clashes | died in clashes | killed in a clash | enemy combatants | guerrillas killed | rebels killed',
            ),
            // The account contradicted: by relatives or witnesses, or because the dead were civilians.
            terms(
              'although | whereas | but their | relatives | families | witnesses | neighbours | neighbors | civilians | farmers | no resistance | unarmed',
            ),
          ],
        },
        {
          // The findings of an inquiry refused, or the dead blamed on "terrorists": denial of documented events.
          all: [
            terms(
              'refuses to acknowledge | refused to acknowledge | refuses to recognise | refused to recognise | refuses to recognize | refused to recognize | rejected the findings | dismissed the findings',
            ),
            terms('report | findings | inquiry | commission | deaths | killings'),
          ],
          window: 10,
        },
        {
          all: [
            terms('blames | blamed | continues to blame | attributes | attributed | continues to attribute'),
            terms('terrorists | agitators | provocateurs | infiltrators | foreign agents'),
            terms('deaths | killings | dead | massacre'),
          ],
          window: 12,
        },
      ],
      es: [
        {
          all: [
            terms(
              'nego | negaron | negacion | negacionismo | desminti* | rechazo | rechazaron | fabricad* | falsas | montaje | exagerad* | justific* | operacion legitima | operaciones de limpieza',
            ),
            [...es.KILLED, ...terms('atrocidades | abusos | violaciones | denuncias | genocidio')],
          ],
          window: 10,
          none: terms('negaron el acceso | nego el acceso | negaron la entrada'),
        },
        {
          all: [
            terms(
              'informes oficiales | informe oficial | version oficial | registros oficiales | reportados por el ejercito como | reportadas por el ejercito como | reportados como | presentados como | presentadas como | figuran como | hechos pasar por',
            ),
            terms(
              'muertos en combate | muertas en combate | abatidos | abatidas | bajas en combate | dados de baja | guerrilleros muertos',
            ),
            terms(
              'aunque | mientras que | pero sus | familiares | familias | testigos | vecinos | civiles | campesinos | no opusieron resistencia | desarmados',
            ),
          ],
        },
        {
          all: [
            terms(
              'se niega a reconocer | se nego a reconocer | se niegan a reconocer | rechazo las conclusiones | rechazaron las conclusiones',
            ),
            terms('informe | conclusiones | comision | muertes | asesinatos'),
          ],
          window: 10,
        },
        {
          all: [
            terms(
              'atribuye | atribuyo | atribuyen | sigue atribuyendo | siguen atribuyendo | culpa a | culpo a',
            ),
            terms('terroristas | agitadores | provocadores | infiltrados | agentes extranjeros'),
            terms('muertes | asesinatos | muertos | masacre'),
          ],
          window: 12,
        },
      ],
    },
  },
  {
    id: 'absent-or-politicised-transitional-justice',
    name: {
      en: 'Absent or politicised transitional justice',
      es: 'Justicia transicional ausente o politizada',
    },
    description: {
      en: 'Truth commissions, reparations or special courts after conflict are stalled, dissolved, defunded or politicised.',
      es: 'Comisiones de la verdad, reparaciones o tribunales especiales posteriores al conflicto estancados, disueltos, desfinanciados o politizados.',
    },
    riskFactors: ['RF2'],
    crimes: [],
    legalBasis: [],
    framework: ['2.7'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'transitional justice | truth commission | truth and reconciliation | reparations | special jurisdiction | accountability mechanism | reconciliation process',
            ),
            terms(
              'stalled | suspended | abolished | dissolved | blocked | defunded | undermined | delayed | politici* | no progress | lack of | absence of | failed',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'justicia transicional | comision de la verdad | verdad y reconciliacion | reparaciones | jurisdiccion especial | mecanismo de rendicion de cuentas | proceso de reconciliacion',
            ),
            terms(
              'estancad* | suspendid* | abolid* | disuelt* | bloquead* | desfinanciad* | socavad* | retrasad* | politizad* | sin avances | falta de | ausencia de | fracas* | recortes',
            ),
          ],
        },
      ],
    },
  },
];
