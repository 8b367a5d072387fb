import type { Indicator } from '../catalog-schema.ts';
import { terms } from './terms.ts';
import * as en from './vocabulary-en.ts';
import * as es from './vocabulary-es.ts';

// Incitement and hate speech: 7.14 and 8.7 of the Framework, and direct and public incitement to
// genocide (art. 25(3)(e)), punishable even if no genocide follows. Hate speech itself is not a crime
// under the Statute, so only the direct call to destroy a group cites 25(3)(e). Reports quoting UN
// programmes against hate speech are excluded: they talk about the problem, not an instance of it.

/** Where incitement is public: speeches, broadcasts, sermons, rallies, leaflets and messaging. */
const PUBLIC_CHANNEL_EN = terms(
  'speech | speeches | broadcast* | radio | sermon* | preacher* | rally | rallies | leaflet* | pamphlet* | flyers | posted | posts | messages | accounts | social media | whatsapp | facebook | tiktok | telegram | songs | programmes | programs | television | loudspeaker* | told the crowd | told supporters | told followers | told his followers',
);
const PUBLIC_CHANNEL_ES = terms(
  'discurso* | emision* | emisora* | radio | sermon* | predicador* | mitin | mitines | panfleto* | volantes | pasquines | mensajes | publicaciones | redes sociales | whatsapp | facebook | tiktok | telegram | canciones | programa | television | altavoces | arengo | proclamo',
);

/**
 * The euphemisms and explicit words of a call to destroy a group, as perpetrators have phrased them: clearing,
 * cleansing, "the work", the last one, the seed and the eggs (the children), no one spared.
 */
const CODED_DESTRUCTION_EN = terms(
  'cleared from | clear the land | cleanse | cleansing the | wipe out | wiped off | off the map | exterminat* | do his work | do their work | do your work | finish the work | finish the job | eggs must | must also be crushed | not be spared | spare no one | no one should be spared | until the last | to the last one | every last one | no peace until | your seed | their seed | a duty for every | take up his machete | take up your machetes | sharpen your machetes',
);
const CODED_DESTRUCTION_ES = terms(
  'aplastarlos | aplastarlas | aplastar a | limpiar la provincia | limpiar el pais | limpiar la region | limpiar la tierra | limpiar de | hasta el ultimo | exterminar | exterminio de | dejar vivo | no dejar ni | ni una semilla | terminar el trabajo | lo terminaremos | terminaremos ahora | acabar de una vez | acabar con todos | armarse de machetes | afilar los machetes | borrar del mapa | no quede ni uno',
);

export const incitement: Indicator[] = [
  {
    id: 'direct-public-incitement-to-genocide',
    name: {
      en: 'Direct and public incitement to genocide',
      es: 'Instigación directa y pública a cometer genocidio',
    },
    description: {
      en: 'Public calls, in speeches, broadcasts, sermons or online, to kill, exterminate or cleanse a national, ethnic, racial or religious group.',
      es: 'Llamamientos públicos, en discursos, emisiones, sermones o en línea, a matar, exterminar o eliminar a un grupo nacional, étnico, racial o religioso.',
    },
    riskFactors: ['RF10', 'RF7', 'RF8'],
    crimes: ['genocide'],
    legalBasis: ['25(3)(e)'],
    framework: ['10.1', '7.14', '8.7'],
    weight: 0.95,
    rules: {
      en: [
        {
          all: [
            terms(
              'called for | calling for | calls for | urged | urging | exhorted | incited | inciting | told listeners | told followers | told the crowd',
            ),
            terms(
              'kill | exterminat* | wipe out | eliminat* | slaughter | cleanse | cleansing | get rid of | finish off | burn | destroy',
            ),
            en.PROTECTED_GROUP,
          ],
          none: terms(
            'end to | stop the | halt the | condemned | condemning | investigation* | accountability | justice for | discrimination',
          ),
        },
        {
          // Coded calls, as incitement is spoken: a public medium or audience and the euphemisms of
          // extermination ("clear the cockroaches", "do the work", "wipe off the map", "crush the eggs").
          all: [PUBLIC_CHANNEL_EN, CODED_DESTRUCTION_EN],
          none: terms(
            'condemned | condemning | denounced | investigation* | prosecuted | trial of | sentenced | history of | museum | anniversary',
          ),
        },
        {
          all: [
            terms(
              'incitement to genocide | inciting genocide | incite genocide | genocidal incitement | calls for genocide | call for genocide | calls for extermination | calls to exterminate',
            ),
          ],
        },
      ],
      es: [
        {
          all: [
            terms(
              'llamo a | llamaron a | llamado a | llamamiento* a | exhorto | exhortaron | incito | incitaron | pidio a sus seguidores | dijo a la multitud | animo a',
            ),
            terms(
              'matar | maten | matarlos | extermin* | acabar con | eliminar | eliminarlos | aniquil* | limpiar | quemar | quemen | destruir | masacrar | matenlos',
            ),
            es.PROTECTED_GROUP,
          ],
          none: terms(
            'fin a | poner fin | detener | condeno | condenaron | investigacion | investigar | rendicion de cuentas | justicia para | discriminacion',
          ),
        },
        {
          all: [PUBLIC_CHANNEL_ES, CODED_DESTRUCTION_ES],
          none: terms(
            'condeno | condenaron | denuncio | investigacion | procesad* | juicio contra | condenad* | historia de | museo | aniversario',
          ),
        },
        {
          all: [
            terms(
              'incitacion al genocidio | instigacion al genocidio | instigacion directa y publica | incitacion directa y publica | incitar al genocidio | llamados al genocidio | llamamientos al exterminio | llamados al exterminio',
            ),
          ],
        },
      ],
    },
  },
  {
    id: 'hate-speech-against-groups',
    name: {
      en: 'Hate speech and inflammatory rhetoric against groups',
      es: 'Discurso de odio y retórica incendiaria contra grupos',
    },
    description: {
      en: 'Inflammatory rhetoric, hate propaganda or stigmatising messages aimed at protected groups, migrants or other communities, and their spread.',
      es: 'Retórica incendiaria, propaganda de odio o mensajes estigmatizantes dirigidos contra grupos protegidos, migrantes u otras comunidades, y su difusión.',
    },
    riskFactors: ['RF7', 'RF8'],
    crimes: [],
    legalBasis: [],
    framework: ['7.14', '8.7'],
    weight: 0.55,
    rules: {
      en: [
        {
          all: [
            terms(
              'hate speech | hateful rhetoric | inflammatory rhetoric | inflammatory speech* | inflammatory statements | incendiary rhetoric | hate propaganda | hate campaign* | hate messages | derogatory | vilif* | demoniz* | demonis* | scapegoat* | stigmatiz* | stigmatis*',
            ),
            [...en.PROTECTED_GROUP, ...terms('migrants | refugees | community | communities')],
          ],
          none: en.HATE_SPEECH_PROGRAMMES,
        },
        {
          all: [
            terms(
              'hate speech | incitement to hatred | incitement to violence | incitement to discrimination',
            ),
            terms(
              'rise | rising | surge | spike | increase* | proliferat* | spread* | widespread | escalat* | alarming | rampant | online | social media | radio | broadcast* | rallies | speeches | sermons',
            ),
          ],
          none: en.HATE_SPEECH_PROGRAMMES,
        },
      ],
      es: [
        {
          all: [
            terms(
              'discurso de odio | discursos de odio | retorica incendiaria | retorica inflamatoria | declaraciones incendiarias | propaganda de odio | campana* de odio | mensajes de odio | despectiv* | denigra* | estigmatiz* | demoniz* | chivo expiatorio | chivos expiatorios',
            ),
            [...es.PROTECTED_GROUP, ...terms('migrantes | refugiados | comunidad | comunidades | colectivo')],
          ],
          none: es.HATE_SPEECH_PROGRAMMES,
        },
        {
          all: [
            terms(
              'discurso de odio | discursos de odio | incitacion al odio | incitacion a la violencia | incitacion a la discriminacion',
            ),
            terms(
              'aumento | auge | proliferacion | se propago | se propagan | difusion | generalizad* | escalada | alarmante* | redes sociales | en linea | radio | emisoras | mitines | sermones',
            ),
          ],
          none: es.HATE_SPEECH_PROGRAMMES,
        },
      ],
    },
  },
  {
    id: 'dehumanising-language',
    name: {
      en: 'Dehumanising language about a group or the enemy',
      es: 'Lenguaje deshumanizante sobre un grupo o el enemigo',
    },
    description: {
      en: 'People are called vermin, cockroaches, rats, snakes, a disease or animals: language that prepares perpetrators and bystanders to accept violence.',
      es: 'Se llama a las personas alimañas, cucarachas, ratas, serpientes, una plaga o animales: lenguaje que prepara a autores y testigos para aceptar la violencia.',
    },
    riskFactors: ['RF10', 'RF13', 'RF7'],
    crimes: ['genocide', 'war_crimes'],
    legalBasis: [],
    framework: ['13.5', '7.14'],
    weight: 0.7,
    rules: {
      en: [
        {
          all: [
            terms(
              'called | calling | referred to | referring to | described | describing | labelled | labeled | branded | likened | compared | dubbed | portrayed',
            ),
            terms(
              'vermin | cockroach* | rats | snakes | insects | parasites | lice | animals | subhuman | sub human | beasts | dogs | pigs | apes | monkeys | termites | cancer | infestation | plague | weeds | filth | human animals',
            ),
          ],
          window: 6,
          none: terms('pest control | vector control | fumigat* | veterinar* | livestock'),
        },
      ],
      es: [
        {
          all: [
            terms(
              'llamo | llamaron | califico | calificaron | se refirio | se refirieron | describio | describieron | tachad* | tacho | tildad* | tildo | comparo | compararon | equiparo | apodad* | presento como | presentaron como',
            ),
            terms(
              'alimanas | cucarachas | ratas | serpientes | insectos | parasitos | piojos | animales | infrahumanos | subhumanos | bestias | perros | cerdos | simios | monos | termitas | cancer | plaga | plagas | maleza | escoria | basura | lacra*',
            ),
          ],
          window: 6,
          none: terms('control de plagas | fumigacion | veterinari* | ganado'),
        },
      ],
    },
  },
];
