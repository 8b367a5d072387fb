import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as ctx from './vocabulary-context.ts';

// Prohibited means of warfare, 8(2)(b)(xvii)–(xx), all signs of Framework indicator 13.10. The NIAC
// versions added at Kampala (2010) are outside the 1998 text this catalog cites. Riot-control gas is
// excluded on purpose: its use in law enforcement is lawful and would flood the indicator with protest
// reporting.

const WC = 'war_crimes' as const;

export const warCrimesWeapons: Indicator[] = [
  {
    id: 'poison-and-poisoned-weapons',
    name: { en: 'Use of poison or poisoned weapons', es: 'Empleo de veneno o armas envenenadas' },
    description: {
      en: 'Wells, water sources or food are poisoned, or poisoned weapons or munitions are used.',
      es: 'Se envenenan pozos, fuentes de agua o alimentos, o se emplean armas o municiones envenenadas.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xvii)'],
    framework: ['13.10'],
    weight: 0.8,
    rules: {
      en: [
        {
          all: [
            terms('poison*'),
            terms(
              'wells | water | weapons | food | bullets | arrows | water supply | water source* | munitions',
            ),
          ],
          none: terms('food poisoning | poison control | poisonous snake*'),
        },
        {
          // Wells fouled with pesticide or fuel by a party: poisoning the water, whatever the word.
          all: [
            terms('pesticide* | fuel | diesel | toxic substance* | lethal concentrations'),
            terms('well | wells | water source* | water supply | reservoir* | cistern*'),
            ctx.CONFLICT_PARTY_EN,
          ],
        },
      ],
      es: [
        {
          all: [
            terms('envenen* | veneno*'),
            terms(
              'pozos | agua | armas | alimentos | comida | balas | flechas | municiones | fuentes de agua',
            ),
          ],
          none: terms('intoxicacion alimentaria | serpiente* venenosa*'),
        },
        {
          all: [
            terms('pesticida* | combustible | gasolina | sustancia* toxica*'),
            terms('pozo | pozos | fuente* de agua | aljibe* | reservorio* | cisterna*'),
            ctx.CONFLICT_PARTY_ES,
          ],
        },
      ],
    },
  },
  {
    id: 'chemical-weapons-and-gases',
    name: {
      en: 'Use of asphyxiating, poisonous or other gases (chemical weapons)',
      es: 'Empleo de gases asfixiantes, tóxicos o similares (armas químicas)',
    },
    description: {
      en: 'Chemical attacks with chlorine, sarin, mustard or other toxic agents.',
      es: 'Ataques químicos con cloro, sarín, gas mostaza u otros agentes tóxicos.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xviii)'],
    framework: ['13.10'],
    weight: 0.9,
    rules: {
      en: [
        {
          all: [
            terms(
              'chemical weapon* | chemical attack* | chemical agent* | chlorine | sarin | mustard gas | sulphur mustard | sulfur mustard | blister agent* | nerve agent* | toxic gas | poison gas | asphyxiat* | phosgene | choking agent*',
            ),
          ],
          none: terms(
            'tear gas | pepper spray | chlorine tablets | chlorination | chlorinated | water treatment | destruction of chemical weapons',
          ),
        },
        // Chloropicrin is a choking agent of the First World War, not a riot-control agent, even mixed with one.
        { all: [terms('chloropicrin')] },
      ],
      es: [
        {
          all: [
            terms(
              'arma* quimica* | ataque* quimico* | agente* quimico* | cloro | sarin | gas mostaza | iperita | agente* vesicante* | agente* nervioso* | agente* neurotoxico* | gas toxico | gases toxicos | gas venenoso | asfixiant* | fosgeno',
            ),
          ],
          none: terms(
            'gas lacrimogeno | gases lacrimogenos | pastillas de cloro | cloracion | potabiliz* | tratamiento del agua | gas pimienta | destruccion de armas quimicas',
          ),
        },
        { all: [terms('cloropicrina')] },
      ],
    },
  },
  {
    id: 'expanding-bullets',
    name: { en: 'Use of expanding bullets', es: 'Empleo de balas expansivas' },
    description: {
      en: 'Bullets that expand or flatten easily in the human body are used in armed conflict.',
      es: 'Se emplean en el conflicto armado balas que se abren o aplastan fácilmente en el cuerpo humano.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xix)'],
    framework: ['13.10'],
    weight: 0.6,
    rules: {
      en: [
        {
          all: [
            terms(
              'expanding bullets | expanding ammunition | dum dum | hollow point* | soft point bullets | bullets that expand | flattening bullets',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'balas expansivas | municion expansiva | municiones expansivas | balas dum dum | punta hueca | balas que se expanden | balas que se abren',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'inherently-indiscriminate-weapons',
    name: {
      en: 'Weapons that are indiscriminate or cause superfluous injury',
      es: 'Armas de efectos indiscriminados o que causan daños superfluos',
    },
    description: {
      en: 'Cluster munitions, incendiary weapons, anti-personnel mines, blinding lasers and similar weapons are used. Art. 8(2)(b)(xx) needs an annex that lists them, so this is a Framework signal (13.10) more than a charge.',
      es: 'Se emplean municiones en racimo, armas incendiarias, minas antipersonal, láseres cegadores y armas similares. El art. 8(2)(b)(xx) exige un anexo que las enumere, por lo que es más una señal del Marco (13.10) que una imputación.',
    },
    riskFactors: ['RF13'],
    crimes: [WC],
    legalBasis: ['8(2)(b)(xx)'],
    framework: ['13.10'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms(
              'cluster munition* | cluster bomb* | submunition* | white phosphorus | incendiary weapon* | thermobaric | anti personnel mine* | antipersonnel mine* | landmine* | blinding laser* | flechette* | vacuum bomb*',
            ),
          ],
          none: terms(
            'clearance | demining | mine action | removal | stockpile destruction | risk education',
          ),
        },
      ],
      es: [
        {
          all: [
            terms(
              'municiones en racimo | bomba* de racimo | bomba* en racimo | submunicion* | fosforo blanco | armas incendiarias | termobaric* | mina* antipersonal | minas terrestres | laser* cegador* | bombas de vacio',
            ),
          ],
          none: terms(
            'desminado | remocion | descontaminacion | accion contra minas | destruccion de existencias | educacion en el riesgo',
          ),
        },
      ],
    },
  },
];
