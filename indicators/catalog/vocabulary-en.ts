import { terms } from './terms.ts';
import { ROLES_EN } from './vocabulary-roles.ts';

/**
 * Shared English term groups, in the folded form of term-syntax.ts. Shared so that every indicator
 * recognises the same ways situation reports phrase a killing, an attack or a victim, and a missed
 * synonym is fixed once. Each group is a plain list; an indicator may extend it with spread syntax.
 */

/** Killing, in the active, passive and nominal forms reports use. */
export const KILLED = [
  'killed',
  'killing',
  'killings',
  'slain',
  'slaughter*',
  'massacr*',
  'murder*',
  'executed',
  'executions',
  'extrajudicial*',
  'shot dead',
  'gunned down',
  'beheaded',
  'decapitat*',
  'lynched',
  'lynching*',
  'burned alive',
  'burnt alive',
  'hacked to death',
  'stabbed to death',
  'beaten to death',
  'death toll',
  'corpses',
  'bodies were found',
  'bodies were recovered',
  'mass grave*',
  // Verb forms and phrasings reports use beyond the participle: "shooting men who tried to run",
  // "executing young men", "lost their lives", "bodies … bearing marks of strangulation".
  'kill',
  'kills',
  'executing',
  'shot and killed',
  'shooting',
  'shot in the head',
  'strangled',
  'lost their lives',
  'fatally',
  'bodies',
  'dead',
  'assassinat*',
];

/** Who the victims were: civilians and the words reports use for them, and rough counts. */
export const VICTIMS = [
  'civilian',
  'civilians',
  'villagers',
  'residents',
  'inhabitants',
  'people',
  'persons',
  'men',
  'women',
  'children',
  'boys',
  'girls',
  'families',
  'farmers',
  'herders',
  'worshippers',
  'displaced',
  'refugees',
  'students',
  'elderly',
  'unarmed',
  'non combatants',
  'noncombatants',
  'population',
  'dozens',
  'hundreds',
  'scores',
  'thousands',
  'passengers',
  'fishermen',
  'traders',
  'patients',
  // Victims named by kinship, as witnesses and families speak of them.
  'neighbours',
  'neighbors',
  'relatives',
  'family members',
  'husband',
  'wife',
  'father',
  'mother',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'son',
  'sons',
  'daughter',
  'daughters',
  ...ROLES_EN,
];

/** Deaths that are not violence, and the project sense of "executed": not a killing. */
export const NOT_VIOLENT_DEATH = [
  'flood*',
  'earthquake*',
  'landslide*',
  'cyclone*',
  'hurricane*',
  'typhoon*',
  'accident*',
  'crash',
  'disease*',
  'cholera',
  'epidemic*',
  'malaria',
  'killed the bill',
  'killed the deal',
  'killed the proposal',
  'painkiller*',
  'project*',
  'budget*',
  // Animals are not the victims of these crimes.
  'wildlife',
  'crocodile*',
  'predator*',
  'poach*',
];

/** Armed attacks, by any means. Bare 'strike' is left out: it is also a labour strike. */
export const ATTACK = [
  'attack*',
  'airstrike*',
  'air strike*',
  'drone strike*',
  'missile strike*',
  'bombard*',
  'bombed',
  'bombing*',
  'shelled',
  'shelling',
  'artillery',
  'rocket*',
  'missile*',
  'barrel bomb*',
  'raided',
  'stormed',
  'set on fire',
  'set ablaze',
  'torched',
  'opened fire',
  'fired upon',
];

/** Uses of "attack" and "strike" that are not armed violence. */
export const NOT_ARMED_ATTACK = [
  'heart attack*',
  'panic attack*',
  'asthma attack*',
  'cyberattack*',
  'cyber attack*',
  'attack rate*',
  'hunger strike*',
  'general strike*',
];

/** Hospitals, medical units and transport, and medical personnel. */
export const MEDICAL = [
  'hospital',
  'hospitals',
  'clinic',
  'clinics',
  'health centre*',
  'health center*',
  'health facilit*',
  'medical facilit*',
  'ambulance*',
  'medical staff',
  'medical personnel',
  'health workers',
  'health care workers',
  'doctors',
  'nurses',
  'paramedics',
  'medics',
];

/** Children and minors. */
export const CHILDREN = [
  'child',
  'children',
  'minor',
  'minors',
  'boys',
  'girls',
  'underage',
  'adolescents',
  'teenagers',
  'under 15',
  'under 18',
  'under the age of',
];

/** Markers that violence was aimed at a protected group as such. */
export const PROTECTED_GROUP = [
  'ethnic*',
  'racial*',
  'race',
  'religio*',
  'tribe',
  'tribes',
  'tribal',
  'clan',
  'clans',
  'minorit*',
  'indigenous',
  'sectarian',
  'national origin',
];

/** Detention and custody. */
export const DETAINED = [
  'detained',
  'detention',
  'detentions',
  'arrested',
  'arrests',
  'custody',
  'incommunicado',
  'imprisoned',
  'jailed',
  'detainees',
  'prisoners',
  'prison',
  'cell',
  'cells',
  'camp guards',
  'handcuffed',
  'blindfolded',
  'interrogat*',
];

/** Parties that carry out violence. */
export const ARMED_ACTORS = [
  'armed group*',
  'militia*',
  'rebel*',
  'insurgent*',
  'paramilitar*',
  'soldiers',
  'troops',
  'security forces',
  'armed forces',
  'army',
  'police',
  'fighters',
  'gunmen',
  'armed men',
  'combatants',
];

/** Aid workers, agencies, convoys and premises. Bare 'humanitarian' is left out: "humanitarian crisis". */
export const HUMANITARIAN = terms(
  'humanitarian worker* | humanitarian staff | humanitarian personnel | humanitarian convoy* | humanitarian premises | humanitarian facilit* | humanitarian warehouse* | humanitarian supplies | humanitarian organi* | humanitarian agenc* | humanitarian partners | humanitarian vehicle* | aid worker* | relief worker* | aid convoy* | relief convoy* | aid agenc* | aid organi* | relief supplies | aid supplies | aid trucks | food aid | wfp | unicef | icrc | red cross | red crescent | msf | ngo | ngos',
);

/** Programmes and trainings: prose about preventing a harm, not reporting one. */
export const PROGRAMME_CONTEXT = [
  'training*',
  'workshop*',
  'awareness',
  'campaign against',
  'prevention programme*',
];

/** Prose about programmes against hate speech: it discusses the problem, it does not report an instance. */
export const HATE_SPEECH_PROGRAMMES = [
  ...PROGRAMME_CONTEXT,
  ...terms(
    'strategy and plan of action | countering hate speech | counter hate speech | combat hate speech | combating hate speech | address hate speech | addressing hate speech',
  ),
];
