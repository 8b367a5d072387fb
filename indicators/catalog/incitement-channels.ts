import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Channels of incitement (7.14, 8.7): sermons, online campaigns and official propaganda. Prose about
// programmes against hate speech is excluded, as in incitement.ts.

export const incitementChannels: Indicator[] = [
  {
    id: 'religious-incitement-to-violence',
    name: {
      en: 'Religious leaders or sermons inciting violence',
      es: 'Líderes religiosos o sermones que incitan a la violencia',
    },
    description: {
      en: 'Clerics, preachers or religious rulings call for or justify violence, holy war or revenge against others.',
      es: 'Clérigos, predicadores o edictos religiosos llaman a la violencia, la guerra santa o la venganza contra otros, o la justifican.',
    },
    riskFactors: ['RF8', 'RF7'],
    crimes: [],
    legalBasis: [],
    framework: ['8.6', '7.14'],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'sermon* | preacher* | cleric* | imam* | priest* | pastor | pastors | monk* | religious leader* | fatwa*',
            ),
            terms('incit* | called for | urged | calling for | justif* | blessed | sanctioned'),
            terms('violence | jihad | holy war | killing | kill | revenge | fight | attacks'),
          ],
          none: terms('condemned | condemning | denounced | peace'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'sermon* | predicador* | clerigo* | iman | imanes | sacerdote* | pastor evangelico | pastores evangelicos | monje* | lider* religios* | fatua* | fetua*',
            ),
            terms('incit* | llamo a | llamaron a | exhorto | exhortaron | justific* | bendij* | legitim*'),
            terms('violencia | yihad | guerra santa | matar | ataques | venganza | combatir | luchar'),
          ],
          none: terms('condeno | condenaron | denuncio | denunciaron | paz'),
        },
      ],
    },
  },
  {
    id: 'online-incitement-campaigns',
    name: { en: 'Online incitement and threat campaigns', es: 'Campañas de incitación y amenazas en línea' },
    description: {
      en: 'Social media posts, channels or networks call for violence against, threaten or expose members of a group, activists or journalists.',
      es: 'Publicaciones, canales o redes en internet llaman a la violencia contra miembros de un grupo, activistas o periodistas, los amenazan o los exponen.',
    },
    riskFactors: ['RF7', 'RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['7.14', '8.7'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms(
              'social media | facebook | telegram | tiktok | whatsapp | twitter | youtube | online | posts | videos | viral | influencers | bots | troll*',
            ),
            terms('calling for | calls for | urging | incit* | threaten* | death threats | lists of | doxx*'),
            [...en.PROTECTED_GROUP, ...terms('activists | journalists | opposition')],
          ],
          none: en.HATE_SPEECH_PROGRAMMES,
        },
      ],
      es: [
        {
          all: [
            terms(
              'redes sociales | facebook | telegram | tiktok | whatsapp | twitter | youtube | en linea | publicaciones | videos | viral* | influenciadores | bots | troles',
            ),
            terms(
              'llamando a | llamados a | llamamientos a | incit* | amenaz* | amenazas de muerte | listas de | exponiendo datos',
            ),
            [...es.PROTECTED_GROUP, ...terms('activistas | periodistas | oposicion')],
          ],
          none: es.HATE_SPEECH_PROGRAMMES,
        },
      ],
    },
  },
  {
    id: 'propaganda-casting-group-as-threat',
    name: {
      en: 'Propaganda casting a group as a threat',
      es: 'Propaganda que presenta a un grupo como amenaza',
    },
    description: {
      en: 'Officials or state media portray a protected group as traitors, terrorists, infiltrators or an existential threat.',
      es: 'Autoridades o medios estatales presentan a un grupo protegido como traidores, terroristas, infiltrados o amenaza existencial.',
    },
    riskFactors: ['RF7', 'RF4'],
    crimes: [],
    legalBasis: [],
    framework: ['7.14', '4.5'],
    weight: 0.5,
    rules: {
      en: [
        {
          all: [
            terms(
              'propaganda | state media | state television | state tv | official media | pro government media | officials | ministers | spokesman | spokesperson',
            ),
            terms(
              'traitors | enemies | enemy within | fifth column | terrorists | infiltrators | invaders | foreign agents | threat to the nation | existential threat | saboteurs',
            ),
            en.PROTECTED_GROUP,
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'propaganda | medios estatales | television estatal | medios oficiales | medios oficialistas | funcionarios | ministr* | portavoz | vocero*',
            ),
            terms(
              'traidores | enemigos | enemigo interno | quinta columna | terroristas | infiltrados | invasores | agentes extranjeros | amenaza para la nacion | amenaza existencial | saboteadores',
            ),
            es.PROTECTED_GROUP,
          ],
        },
      ],
    },
  },
];
