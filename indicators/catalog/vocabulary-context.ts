import type { Rule } from '../catalog-schema.ts';
import { terms } from './terms.ts';

/**
 * Shared groups, both languages, that place an act in its context rather than name it: hostilities (RF1),
 * the parties to an armed conflict (the nexus of art. 8 and RF13), and the conduct a party can inflict on
 * protected persons. War-crime indicators pair their act with one of these, so that the same conduct by
 * the police in peacetime falls under the crimes-against-humanity indicators only (the Statute's nexus
 * element, and the labelling convention of the evaluation set).
 */

/**
 * Words that show hostilities on their own: the means of warfare and the vocabulary of fighting. The
 * Framework's RF1 (1.1) is the existence of an armed conflict, which these evidence in a single sentence.
 */
export const HOSTILITIES_EN = terms(
  'shelled | shelling | shells | airstrike* | air strike* | air raid* | aerial bombard* | drone strike* | drone attack* | armed drone* | drone | drones | mortar* | artillery | rocket fire | rockets | missile* | barrel bomb* | bombardment* | bombing* | bombed | improvised explosive* | roadside bomb* | suicide attack* | suicide bomb* | landmine* | minefield* | heavy fighting | fighting between | fighting resumed | the fighting | fighting in | fighting around | fighting broke out | fighting erupted | days of fighting | clashes | clashed | armed clash* | offensive | counteroffensive | counter offensive | siege | besieged | blockade | ceasefire | cease fire | hostilities | armed conflict | front line* | frontline* | line of contact | rebel* | insurgen* | counterinsurgency | counter insurgency | ambush* | the war | civil war | military operation* | military offensive | jihadist* | areas it controls | towns it controls | territory it controls | area it controls | the group controls | held by the group | controlled by the group | town fell | city fell | fell to the | seized the town | took the town | captured the town | cluster munition* | dropped from a helicopter | helicopter gunship* | the clash at | clash at | the assault on | conducting operations | fighting was still | field post | army positions | army position | army outpost*',
);

/** Figurative "offensive" and other senses that show no hostilities. */
export const NOT_HOSTILITIES_EN = terms(
  'barrage of questions | bombarded with questions | bombarded with messages | bombarded with calls | offensive remark* | offensive language | offensive comment* | offensive content | offensive post* | offensive word* | offensive joke* | charm offensive | diplomatic offensive | war on drugs | war on poverty | war of words | price war | trade war',
);

export const HOSTILITIES_ES = terms(
  'bombarde* | ataque aereo | ataques aereos | aviacion militar | dron | drones | mortero* | artilleria | cohete* | misil* | proyectil* | artefacto explosivo | artefactos explosivos | barril* explosivo* | minas antipersonal | mina antipersonal | campos minados | combates | enfrentamiento* | se enfrentaron | choques armados | ofensiva | contraofensiva | asedio | sitiad* | bloqueo militar | bloqueo naval | bajo bloqueo | hostilidades | conflicto armado | linea del frente | linea de contacto | frente de batalla | al frente | guerrill* | insurgen* | contrainsurgencia | disidencia | disidencias | estructuras disidentes | estructura disidente | paro armado | yihadista* | rebelde* | la guerra | guerra entre | emboscada* | operaciones militares | operacion militar | que controla la zona | que controlan la zona | que controla el rio | zonas que controla | localidades que controla | las zonas bajo su control | toma del pueblo | toma de la ciudad | tomar la ciudad | tomar el pueblo | tomaron el pueblo | tomaron la ciudad | municiones en racimo | lanzado desde un helicoptero | lanzados desde un helicoptero | asalto al puesto | asalto a la base | posicion del ejercito | posiciones del ejercito | contra una base militar | facciones armadas',
);

/** "Bombardear a preguntas", "ofensiva diplomática": figurative senses. */
export const NOT_HOSTILITIES_ES = terms(
  'a preguntas | con preguntas | de preguntas | con mensajes | de mensajes | de llamadas | de correos | publicitari* | ofensiva diplomatica | ofensiva comercial | ofensiva publicitaria | guerra contra las drogas | guerra de precios | guerra comercial | guerra sucia',
);

/**
 * Organised armed groups that are parties to a non-international armed conflict by what they are. State
 * forces are left out: soldiers or police acting in peacetime are no party to a conflict, so for them the
 * nexus must come from the hostilities group above.
 */
export const NON_STATE_PARTY_EN = terms(
  'armed group* | militia* | militiamen | rebel* | insurgent* | paramilitar* | fighters | gunmen | armed men | attackers | jihadist* | occupying | occupation forces | occupation authorities | self defence group* | self defense group*',
);

export const NON_STATE_PARTY_ES = terms(
  'grupo armado | grupos armados | milicia* | milician* | rebelde* | insurgente* | paramilitar* | combatientes | hombres armados | guerrill* | disidencia | disidencias | estructura armada | estructuras armadas | yihadista* | atacantes | autoridades de ocupacion | fuerzas de ocupacion | ejercito de ocupacion | grupo sucesor | autodefensas',
);

/**
 * Occupation: a party to an international armed conflict, but not in itself the hostilities RF1 reads
 * (the labelling guide marks RF1 for fighting, not for administration of occupied land).
 */
export const OCCUPATION_EN = terms(
  'occupied | occupying | occupation forces | occupation authorities | occupying power | annexed',
);
export const OCCUPATION_ES = terms(
  'territorio ocupado | territorios ocupados | zona ocupada | region ocupada | pueblos ocupados | autoridades de ocupacion | ejercito de ocupacion | fuerzas de ocupacion | potencia ocupante | anexionad*',
);

/** State armed forces: a party only when the sentence also shows hostilities. */
export const STATE_FORCES_EN = terms(
  'soldiers | troops | army | armed forces | military | brigade | battalion | air force | navy | security forces | government forces | special forces',
);

export const STATE_FORCES_ES = terms(
  'soldados | tropas | tropa | ejercito | fuerzas armadas | militares | militar | brigada | batallon | aviacion | armada | fuerza publica | fuerzas de seguridad | fuerzas gubernamentales | fuerzas especiales',
);

/**
 * What a party can inflict on protected persons and property (RF13, 13.x): killing, abduction, rape,
 * torture, forced labour, looting, burning, displacement and threats.
 */
export const HARM_EN = terms(
  'killed | killing | killings | kill | executed | executing | execution* | shot | shooting | shot dead | murder* | massacr* | slaughter* | raped | rape | rapes | abducted | abduction* | abducting | kidnap* | tortured | torture | beat | beaten | beating | flogged | whipped | looted | looting | pillag* | burned | burnt | burning | torched | set fire | setting fire | destroyed | demolished | detained | captured | hostage* | forced | forcing | mutilat* | amputat* | cut off | injured | wounded | attacked | raided | displaced | expelled | evicted | threatened | recruited | executions | died | dead | bodies | fate of | bulldozed | ordered to leave | made to | loaded onto',
);

export const HARM_ES = terms(
  'asesin* | mataron | mato | matar | muertos | muertas | murieron | ejecutad* | ejecutaron | ejecuto | ejecuciones | fusilad* | fusilaron | fusilo | masacr* | violad* | violaron | violo | secuestr* | raptad* | tortur* | golpead* | golpearon | golpizas | saque* | quemad* | quemaron | incendi* | destruy* | destruccion | demolid* | demoli* | detuvieron | retuv* | retenid* | capturad* | rehen* | obligad* | obligaron | obligan | mutil* | amputad* | amputaron | cortaron | herid* | atacad* | atacaron | dispararon | desplaz* | expuls* | reclut* | amenaz* | cadaveres | cuerpos | dio muerte | dieron muerte | desaparecieron | desaparecid* | sacaron de sus casas | subidos a | subieron a | objetivo militar | trasladad* | demuele | demuelen',
);

/**
 * Humanitarian and peacekeeping victims: when they are the target the signal is RF14, and RF13 is added
 * only by an indicator of its own (the labelling guide's convention, which follows the Framework's split).
 */
export const AID_TARGET_EN = terms(
  'aid worker* | humanitarian* | peacekeep* | convoy* | un mission | the mission | relief | ngo | ngos | unicef | wfp | icrc',
);
export const AID_TARGET_ES = terms(
  'humanitari* | cascos azules | mision de paz | convoy* | naciones unidas | de la onu | ong | ongs | cicr | unicef | pma',
);

/** Means of warfare: an attack by these is an act of hostilities, so the nexus needs no further word. */
export const ATTACK_MEANS_EN = terms(
  'shelled | shelling | shells | shell | airstrike* | air strike* | air raid* | drone strike* | drone | drones | missile* | rocket* | mortar* | artillery | barrel bomb* | barrels of chlorine | bombard* | bombed | bombing* | improvised explosive* | roadside bomb* | suicide attack* | suicide bomb* | grenade* | cluster munition* | aerial attack*',
);
export const ATTACK_MEANS_ES = terms(
  'bombarde* | ataque aereo | ataques aereos | dron | drones | misil* | cohete* | mortero* | artilleria | proyectil* | barril* explosivo* | artefacto explosivo | artefactos explosivos | granada* | municiones en racimo | bombas',
);

/** Attacks by other means (raids, gunfire, arson): a war crime only when a party commits them. */
export const ATTACK_GENERIC_EN = terms(
  'attack | attacks | attacked | attacking | raided | raid | stormed | set on fire | set fire | set ablaze | torched | burned | opened fire | fired on | fired upon | fired into | shot at | struck | hit | explosives | dynamited | blew up',
);
export const ATTACK_GENERIC_ES = terms(
  'ataque | ataques | atacad* | atacaron | atacar | irrumpieron | asalto* | incendiad* | incendiaron | prendieron fuego | quemaron | dispararon | abrieron fuego | abrio fuego | disparos | tiroteo* | balacera* | explosivos | dinamit* | volaron | impacto | alcanzo | destruyo',
);

/** A party to the conflict or hostilities in the same sentence: the nexus of art. 8. */
export const CONFLICT_PARTY_EN = [
  ...new Set([
    ...NON_STATE_PARTY_EN,
    ...HOSTILITIES_EN,
    ...OCCUPATION_EN,
    ...terms('troops | government forces | coalition | brigade | battalion | air force | allied militia'),
  ]),
];
export const CONFLICT_PARTY_ES = [
  ...new Set([
    ...NON_STATE_PARTY_ES,
    ...HOSTILITIES_ES,
    ...OCCUPATION_ES,
    ...terms(
      'tropas | tropa | fuerzas gubernamentales | coalicion | brigada | batallon | fuerza aerea | aviacion',
    ),
  ]),
];

/**
 * The two ways a sentence shows an attack on `targets` in armed conflict: by a means of warfare, or by
 * any other means together with a party or hostilities. `none` excludes other senses.
 */
export function attackRules(
  lang: 'en' | 'es',
  targets: string[],
  none: string[],
  verbs: (term: string) => boolean = () => true,
): Rule[] {
  const means = lang === 'en' ? ATTACK_MEANS_EN : ATTACK_MEANS_ES;
  const generic = lang === 'en' ? ATTACK_GENERIC_EN : ATTACK_GENERIC_ES;
  const party = lang === 'en' ? CONFLICT_PARTY_EN : CONFLICT_PARTY_ES;
  const notHostile = lang === 'en' ? NOT_HOSTILITIES_EN : NOT_HOSTILITIES_ES;
  const keep = (list: string[]) => list.filter((t) => !targets.includes(t) && verbs(t));
  return [
    { all: [keep(means), targets], clause: true, none: [...none, ...notHostile] },
    {
      all: [keep(generic), targets, keep(party).filter((t) => !generic.includes(t))],
      clause: true,
      none: [...none, ...notHostile],
    },
  ];
}

/**
 * Words of arson and demolition. They destroy property (pillage-destruction): a village burned or a pumping
 * station dynamited is an attack on people only when the sentence also says people were shot, shelled or hit.
 */
export const DESTRUCTION_VERBS = new Set([
  ...terms(
    'set on fire | set fire | set ablaze | torched | burned | dynamited | blew up | explosives | incendiad* | incendiaron | prendieron fuego | quemaron | dinamit* | volaron | destruyo | explosivos',
  ),
]);

/** Ordinary criminal justice: arrests of suspects are not arbitrary detention. */
export const ORDINARY_CRIME_EN = terms(
  'suspect | suspects | suspected of robbery | suspected of stealing | stealing | stolen | robbery | burglary | theft | thief | thieves | shoplift* | drunk driving | fraud | embezzl* | drug dealer* | released on bail',
);

/** Justicia penal ordinaria: la detención de sospechosos de un delito común no es detención arbitraria. */
export const ORDINARY_CRIME_ES = terms(
  'sospechoso | sospechosos | presunto ladron | por robar | acusados de robar | robo | robos | hurto* | ladron* | estafa* | fraude | conduccion en estado de ebriedad | microtrafico | narcomenudeo',
);
