import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// RF2 and RF3 as reports actually state them: rarely with the word "impunity", mostly as a fact about
// justice ("not one officer has been convicted", "the investigation was shelved", "the judges were
// transferred", "four investigators for 6,000 files"). These indicators read those facts. A negation is
// part of their words, so it is written into the term ("not one", "no se ha") and negates nothing.

/** Words that say nobody answered for a crime: the negation is the signal, so it is inside the term. */
const NOBODY_EN = terms(
  'not one | none of | no one | nobody | not a single | never been | was never | were never | has never | have never | has not been | have not been | had not been | has yet to be | have yet to be | not yet been | no officer | no soldier | no commander | no perpetrator | no suspect | none has | none have | none of them | without anyone',
);
const ACCOUNTED_EN = terms(
  'convicted | conviction | convictions | prosecuted | prosecution | prosecutions | punished | held accountable | held to account | brought to justice | brought to trial | stood trial | been tried | was tried | were tried | indicted | charged | sentenced | a verdict | a trial | disciplined | sanctioned | arrested | identified | investigated | followed by a trial | truth commission',
);
const NOBODY_ES = terms(
  'ninguno | ninguna | ningun | nadie | nunca | sin que | no se ha | no se han | no ha sido | no han sido | no fue | no fueron | siguen sin | sigue sin | ni uno | no ha habido | no hubo | ni un solo | ni una sola',
);
const ACCOUNTED_ES = terms(
  'condenad* | condena | condenas | procesad* | juzgad* | juzgaron | juzgo | juicio | castigad* | sancionad* | capturad* | esclarec* | imputad* | judicializad* | rendido cuentas | rendir cuentas | enjuiciad* | investigad* | responsabilizad*',
);

export const frameworkAccountability: Indicator[] = [
  {
    id: 'perpetrators-not-held-to-account',
    name: {
      en: 'Perpetrators not held to account',
      es: 'Responsables que no rinden cuentas',
    },
    description: {
      en: 'Reported crimes have led to no conviction, prosecution or investigation, or the investigation was shelved: a practice of impunity.',
      es: 'Los crímenes denunciados no han dado lugar a condenas, procesos ni investigaciones, o la investigación se archivó: una práctica de impunidad.',
    },
    riskFactors: ['RF2'],
    crimes: [],
    legalBasis: [],
    framework: ['2.3'],
    weight: 0.45,
    rules: {
      en: [
        { all: [NOBODY_EN, ACCOUNTED_EN], window: 14, none: en.NOT_VIOLENT_DEATH },
        {
          all: [
            terms('only'),
            terms(
              'reached a verdict | reached trial | reached court | been convicted | been prosecuted | led to a conviction | led to convictions | ended in conviction* | resulted in conviction*',
            ),
          ],
          window: 6,
        },
        {
          all: [
            terms(
              'shelved | closed | dropped | archived | stalled | obstructed | not opened | never opened | failed to open | refused to open | has not opened | have not opened',
            ),
            terms(
              'investigation | investigations | inquiry | inquiries | the case | the cases | case files | proceedings',
            ),
          ],
          window: 6,
        },
        {
          all: [
            terms(
              'no official reply | no official response | no reply | no response | no answer | unanswered',
            ),
            terms('families | relatives | list | complaint* | petition* | requests | letters | inquiries'),
          ],
        },
      ],
      es: [
        { all: [NOBODY_ES, ACCOUNTED_ES], window: 14, none: es.NOT_VIOLENT_DEATH },
        {
          all: [
            terms(
              'archiv* | cerro la investigacion | cerraron la investigacion | cerro el caso | cerraron el caso | paraliz* | estancad* | engavet* | no ha abierto | no han abierto | no abrio | se nego a abrir | nunca abrio',
            ),
            terms(
              'investigacion | investigaciones | caso | casos | causa | causas | expediente* | pesquisa*',
            ),
          ],
          window: 6,
        },
        {
          all: [
            terms(
              'sin respuesta | ninguna respuesta | no ha recibido respuesta | no han recibido respuesta | sin recibir respuesta | sin respuesta oficial',
            ),
            terms('familias | familiares | lista | denuncia* | peticion* | peticiones | solicitud*'),
          ],
        },
      ],
    },
  },
  {
    id: 'recurrence-of-violations',
    name: { en: 'Violations that recur', es: 'Violaciones que se repiten' },
    description: {
      en: 'The source reports that the same kind of violence has happened again in the same place or against the same people: an early pattern.',
      es: 'La fuente señala que el mismo tipo de violencia se ha repetido en el mismo lugar o contra las mismas personas: un patrón incipiente.',
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
              'once again | yet again | yet another | for the second time | for the third time | for the fourth time | second time in | third time in | the third | the fourth | the fifth | same treatment | same fate | has been repeated | have been repeated | have recurred | recurrence of | repeat of | similar cases | as in previous | like previous',
            ),
            anyOf(
              en.KILLED,
              en.DETAINED,
              terms(
                'massacre | attack | attacks | raid | raids | disappearance* | abduct* | torture | ill treatment | displaced | violence | false positives | held at',
              ),
            ),
          ],
          window: 10,
          none: en.NOT_VIOLENT_DEATH,
        },
      ],
      es: [
        {
          all: [
            terms(
              'de nuevo | nuevamente | una vez mas | otra vez | por segunda vez | por tercera vez | por cuarta vez | la tercera | la cuarta | la quinta | se han repetido | se ha repetido | se repite | se repiten | mismo trato | misma suerte | casos similares | como en anteriores | como en ocasiones anteriores',
            ),
            anyOf(
              es.KILLED,
              es.DETAINED,
              terms(
                'masacre | ataque | ataques | incursion* | desaparici* | secuestr* | tortur* | desplaz* | violencia | falsos positivos | retenid*',
              ),
            ),
          ],
          window: 10,
          none: es.NOT_VIOLENT_DEATH,
        },
      ],
    },
  },
  {
    id: 'justice-institutions-captured-or-absent',
    name: {
      en: 'Justice institutions captured, absent or without means',
      es: 'Instituciones de justicia capturadas, ausentes o sin medios',
    },
    description: {
      en: 'Judges and prosecutors are removed or transferred, posts are vacant, the justice system has no presence or means, or courts have no jurisdiction over the forces.',
      es: 'Jueces y fiscales son destituidos o trasladados, los cargos están vacantes, la justicia no tiene presencia ni medios, o los tribunales no tienen jurisdicción sobre las fuerzas.',
    },
    riskFactors: ['RF3'],
    crimes: [],
    legalBasis: [],
    framework: ['3.2', '3.3', '3.6'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'judges | magistrates | prosecutors | attorney general | ombudsman | ombudsperson | inspection unit | oversight body | inspectorate',
            ),
            terms(
              'transferred | dismissed | removed from office | removed | replaced | purged | appoints and dismisses | at will | vacant | no director | appointed by the president | chaired by the minister',
            ),
          ],
          window: 12,
        },
        {
          all: [
            terms(
              'backlog | understaffed | under resourced | lack of staff | lack of resources | no forensic | no laboratory | without staff | without vehicles | no presence | four investigators | two investigators | one investigator | a handful of investigators',
            ),
            terms(
              'prosecutor* | investigators | courts | judiciary | forensic | police | justice | case files | judges | tribunal*',
            ),
          ],
        },
        {
          all: [
            terms(
              'no jurisdiction | lack jurisdiction | only body that can investigate | investigate themselves | military jurisdiction | military courts try',
            ),
          ],
        },
        {
          all: [
            terms(
              'not ratified | has not ratified | have not ratified | yet to ratify | never ratified | not criminalised | not criminalized | not made torture a crime',
            ),
            terms('convention | treaty | statute | protocol | crime | offence | offense | penal code'),
          ],
        },
        {
          all: [
            terms(
              'complicity of | complicity | collusion | colluded | connivance | on the payroll | paid by',
            ),
            terms(
              'officials | official | police | officers | border guards | authorities | soldiers | army | commanders | guards | judges',
            ),
          ],
          window: 8,
        },
        { all: [terms('confessions | confession'), terms('as evidence | admitted | accepted by the court')] },
        {
          // A small share of cases resolved measures what the courts can do (3.2), beside the impunity (RF2).
          all: [
            terms('only'),
            terms(
              'reached a verdict | reached trial | reached court | ended in conviction* | resulted in conviction* | led to a conviction | led to convictions',
            ),
          ],
          window: 6,
        },
        {
          // Officials who hand victims to a criminal group: the State's own agents complicit (3.5).
          all: [
            terms('police | policemen | police officers | officers | soldiers | officials | agents'),
            terms('handed the victims over to | handed them over to | handed over to | delivered them to'),
            terms('criminal group | criminal organi* | cartel | gang | armed group'),
          ],
          window: 12,
        },
        {
          all: [
            terms(
              'pre trial detention | pretrial detention | without being brought before a judge | never been brought before a judge | ever been brought before a judge | without judicial review | without seeing a judge',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'jueces | juezas | magistrad* | fiscal general | fiscales | defensor del pueblo | defensoria del pueblo | organo de control',
            ),
            terms(
              'trasladad* | destituid* | destituy* | destituir | removid* | apartad* de sus cargos | separad* de sus cargos | a voluntad | vacante | sin titular | nombrad* por el presidente | presidido por el ministro',
            ),
          ],
          window: 12,
        },
        {
          all: [
            terms(
              'no hay presencia | sin presencia | sin personal | sin vehiculos | falta de personal | falta de recursos | rezago | sin medicina legal | ni de medicina legal | cuatro investigadores | dos investigadores | un solo investigador | un solo fiscal',
            ),
            terms(
              'fiscalia | juzgado* | medicina legal | policia | inspecciones | justicia | fiscales | jueces | tribunales | expedientes',
            ),
          ],
        },
        {
          all: [
            terms(
              'jurisdiccion militar | fuero militar | justicia penal militar | sin jurisdiccion | unico organo que puede investigar',
            ),
          ],
        },
        {
          all: [
            terms(
              'no ha ratificado | no han ratificado | sin ratificar | no ha tipificado | no ha incorporado | no ratifico | no tipifica',
            ),
            terms('convencion | tratado | estatuto | protocolo | delito | codigo penal'),
          ],
        },
        {
          all: [
            terms(
              'complicidad | connivencia | en la nomina | coludid* | colusion | a sueldo de | pagados por | al servicio del cartel',
            ),
            terms(
              'funcionari* | policia | policias | agentes | autoridades | militares | soldados | mandos | guardias | oficiales | jueces',
            ),
          ],
          window: 8,
        },
        {
          all: [
            terms('confesiones | confesion'),
            terms('como prueba | como pruebas | admitieron | admitidas'),
          ],
        },
        {
          all: [
            terms('solo | apenas | unicamente'),
            terms(
              'llegaron a juicio | han llegado a juicio | ha llegado a juicio | terminaron en condena | han terminado en condena | tienen sentencia | cuentan con sentencia | con sentencia condenatoria',
            ),
          ],
          window: 6,
        },
        {
          all: [
            terms('policias | policia | agentes | militares | soldados | funcionarios'),
            terms(
              'entregaron a las victimas a | entregaron a | los entregaron a | las entregaron a | entregados a',
            ),
            terms('organizacion criminal | grupo criminal | cartel | banda criminal | grupo armado'),
          ],
          window: 12,
        },
        {
          all: [
            terms(
              'prision preventiva | sin haber visto a un juez | sin control judicial | sin ser presentad* ante un juez | sin comparecer ante un juez',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'forces-without-training-or-control',
    name: {
      en: 'Armed units integrated without training or control',
      es: 'Unidades armadas integradas sin formación ni control',
    },
    description: {
      en: 'Militias or irregular units are absorbed into the forces without vetting, training or a chain of command that answers to civilians.',
      es: 'Milicias o unidades irregulares se integran a las fuerzas sin depuración, formación ni una cadena de mando sujeta al poder civil.',
    },
    riskFactors: ['RF3'],
    crimes: [],
    legalBasis: [],
    framework: ['3.4', '3.7'],
    weight: 0.3,
    rules: {
      en: [
        {
          all: [
            terms(
              'no training | without training | untrained | no vetting | without vetting | without any training | answer to their old commanders | answer in practice to | outside the chain of command | no chain of command',
            ),
            terms(
              'militia* | brigades | units | forces | police | soldiers | fighters | recruits | auxiliaries | volunteers',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'sin formacion | sin ningun proceso de formacion | sin capacitacion | sin entrenamiento | sin depuracion | responden a sus antiguos jefes | respondiendo a sus antiguos jefes | fuera de la cadena de mando | sin cadena de mando | sin ningun control',
            ),
            terms(
              'milicia* | autodefensas | brigadas | unidades | fuerzas | policia | soldados | combatientes | reclutas | auxiliares',
            ),
          ],
        },
      ],
    },
  },
];
