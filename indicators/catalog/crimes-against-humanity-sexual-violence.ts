import type { Indicator } from '../catalog-schema.ts';
import { anyOf, terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Art. 7(1)(g) and its war-crime twins 8(2)(b)(xxii) and 8(2)(e)(vi). Spanish "violación" also means a
// breach (of rights, of a ceasefire), so bare "violación" only counts next to a victim and away from
// the vocabulary of norms and agreements.

const SEXUAL_VIOLENCE_BASIS = ['7(1)(g)', '8(2)(b)(xxii)', '8(2)(e)(vi)'];

const NOT_RAPE_ES = terms(
  'derecho | derechos | alto el fuego | cese al fuego | cese el fuego | tregua | acuerdo* | ley | leyes | norma* | soberania | espacio aereo | integridad territorial | embargo | sancion* | resolucion* | protocolo* | tratado* | convenio* | frontera*',
);

export const crimesAgainstHumanitySexualViolence: Indicator[] = [
  {
    id: 'rape-and-sexual-violence',
    name: { en: 'Rape and other sexual violence', es: 'Violación y otras formas de violencia sexual' },
    description: {
      en: 'Rape, sexual assault, sexual torture or other sexual violence by armed actors or in custody, including conflict-related sexual violence against men and boys.',
      es: 'Violación, agresión sexual, tortura sexual u otras formas de violencia sexual cometidas por actores armados o bajo custodia, incluida la violencia sexual relacionada con el conflicto contra hombres y niños.',
    },
    // Not RF7 for every rape: the Framework's 7.9 is a rise in such violence, which one report seldom shows.
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    legalBasis: SEXUAL_VIOLENCE_BASIS,
    framework: [],
    weight: 0.9,
    rules: {
      en: [
        {
          all: [
            terms(
              'rape | raped | rapes | raping | rapist* | gang raped | sexual violence | sexual assault* | sexually assaulted | sexually abused | sexual abuse | sexual torture | sexually exploited | sexual exploitation | forced nudity | strip naked | stripped naked | forced anal examination* | anal examinations | to the genitals | demand sex | brothels',
            ),
          ],
          none: [...en.PROGRAMME_CONTEXT, ...terms('sexual harassment | rapeseed')],
        },
        {
          // Forced contraception and abortion imposed by captors: sexual violence (the labelling guide).
          all: [
            terms('contracepti* | abortion* | abort | to abort | birth control'),
            terms('forced | forcing | made them | made to | compelled'),
          ],
          window: 8,
        },
        {
          all: [
            terms(
              'raping | rapists | gang raped | gang rape* | sexually assaulted | sexually abused | sexual assault* | sexual abuse',
            ),
          ],
          none: anyOf(en.PROGRAMME_CONTEXT, terms('allegations were dismissed | false allegations')),
        },
      ],
      es: [
        {
          all: [
            terms(
              'violencia sexual | violencias sexuales | abuso sexual | abusos sexuales | agresion sexual | agresiones sexuales | violacion sexual | violaciones sexuales | violacion grupal | violaciones grupales | violacion multiple | violacion colectiva | violaciones colectivas | violador* | tortura sexual | explotadas sexualmente | explotacion sexual | desnudos forzados | desnudez forzada | tocamientos | manosead* | examenes anales',
            ),
          ],
          none: [...es.PROGRAMME_CONTEXT, ...terms('acoso sexual')],
        },
        {
          all: [
            terms('violacion | violaciones | violada | violadas | violaron | violarlas | violandolas'),
            terms(
              'mujer | mujeres | nina | ninas | nino | ninos | adolescente* | joven | jovenes | esposa* | hija* | detenidas | manifestantes | presas | por tres | por varios | por milicianos | por soldados | por integrantes',
            ),
          ],
          none: NOT_RAPE_ES,
        },
        {
          all: [
            terms('anticoncepti* | abortar | abortos | aborto'),
            terms('obligaban | obligadas | obligad* | a la fuerza | forzad* | las forzaban'),
          ],
          window: 8,
        },
        {
          // Imperfecto y presente: "violaban a mujeres y niñas", "las violan delante de sus familias".
          all: [
            terms(
              'violaban | violan | violarlas | violarla | violando | violadas | violada | violaciones | abusaban sexualmente | abusaron sexualmente | abusadas sexualmente',
            ),
          ],
          none: terms(
            'violaciones de derechos | violaciones a los derechos | violaciones del derecho | violaciones de los derechos | violan la ley | violan las normas | violando la | violan el | violaciones al | violaciones de la | violaciones del alto',
          ),
        },
      ],
    },
  },
  {
    id: 'sexual-slavery-and-forced-marriage',
    name: {
      en: 'Sexual slavery, forced prostitution and forced marriage',
      es: 'Esclavitud sexual, prostitución forzada y matrimonio forzado',
    },
    description: {
      en: 'Women, girls or others are held for sexual purposes, given to fighters as wives, or forced into prostitution.',
      es: 'Mujeres, niñas u otras personas retenidas con fines sexuales, entregadas como esposas a combatientes u obligadas a prostituirse.',
    },
    // Sexual slavery is also enslavement (7(1)(c)): the ownership over a person is the same.
    riskFactors: ['RF11'],
    crimes: ['crimes_against_humanity', 'war_crimes'],
    legalBasis: [...SEXUAL_VIOLENCE_BASIS, '7(1)(c)'],
    framework: [],
    weight: 0.9,
    rules: {
      en: [
        {
          all: [
            terms(
              'sexual slavery | sex slave* | sexual slaves | forced prostitution | forced marriage* | forcibly married | married off to | given as wives | bush wives | comfort women | sexual servitude | married to its fighters | married to fighters | married to commanders | married to its commanders | as wives | wives of fighters',
            ),
          ],
          none: en.PROGRAMME_CONTEXT,
        },
      ],
      es: [
        {
          all: [
            terms(
              'esclavitud sexual | esclavas sexuales | esclavos sexuales | prostitucion forzada | prostitucion forzosa | matrimonio* forzado* | matrimonio* forzoso* | casadas a la fuerza | casadas por la fuerza | entregadas como esposas | servidumbre sexual | botin de guerra | como esposas | esposas de los combatientes | casadas con comandantes | casadas con sus comandantes | casadas con combatientes',
            ),
          ],
          none: es.PROGRAMME_CONTEXT,
        },
      ],
    },
  },
  {
    id: 'forced-pregnancy-and-sterilisation',
    name: {
      en: 'Forced pregnancy, sterilisation or abortion',
      es: 'Embarazo, esterilización o aborto forzados',
    },
    description: {
      en: 'Women are forcibly made pregnant and confined, sterilised or made to abort without consent, including with intent to change the ethnic make-up of a population.',
      es: 'Mujeres embarazadas por la fuerza y confinadas, esterilizadas u obligadas a abortar sin su consentimiento, también con la intención de modificar la composición étnica de una población.',
    },
    // Imposed on a group, these are measures to prevent births (RF10) aimed at its identity (RF9).
    riskFactors: ['RF10', 'RF9'],
    crimes: ['crimes_against_humanity', 'war_crimes', 'genocide'],
    legalBasis: [...SEXUAL_VIOLENCE_BASIS, '6(d)'],
    framework: ['10.4'],
    weight: 0.9,
    rules: {
      en: [
        {
          all: [
            terms(
              'forced pregnan* | forcibly impregnated | forced steriliz* | forced sterilis* | forcibly sterili* | forced abortion* | forcibly aborted | sterilised without consent | sterilized without consent',
            ),
          ],
        },
        {
          all: [
            terms('sterilised | sterilized | sterilisation* | sterilization* | intrauterine device* | iuds'),
            terms('quota | quotas | refused | without their consent | forced | fines | women'),
          ],
        },
        {
          all: [
            terms('contracepti* | implants | iud | iuds | sterilis* | steriliz* | tubal'),
            terms(
              'without their knowledge | without their consent | without consent | without informing them | quotas',
            ),
          ],
          window: 12,
        },
      ],
      es: [
        {
          all: [
            terms(
              'embarazo* forzado* | embarazo* forzoso* | embarazadas por la fuerza | esterilizacion* forzada* | esterilizacion* forzosa* | esterilizadas a la fuerza | esterilizadas sin su consentimiento | aborto* forzado* | aborto* forzoso*',
            ),
          ],
        },
        {
          all: [
            terms('esterilizad* | esterilizacion* | dispositivos intrauterinos | diu'),
            terms('metas | cuotas | sin su consentimiento | obligad* | multas | mujeres'),
          ],
        },
        {
          all: [
            terms('anticoncepti* | implantes | dispositivos intrauterinos | esteriliz* | ligadura*'),
            terms(
              'sin su conocimiento | sin su consentimiento | sin consentimiento | sin informarles | cuotas | metas',
            ),
          ],
          window: 12,
        },
      ],
    },
  },
];
