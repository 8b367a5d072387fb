import { terms } from './terms.ts';
import { ROLES_ES } from './vocabulary-roles.ts';

/**
 * Shared Spanish term groups, in the folded form of term-syntax.ts (accents stripped: "niños" is
 * written 'ninos'). The Spanish counterpart of vocabulary-en.ts; see there for why groups are shared.
 */

/** Killing, active, passive and nominal. Not 'ejecut*': it would match "ejecutivo" and budget prose. */
export const KILLED = [
  'asesin*',
  'matanza*',
  'masacr*',
  'mataron',
  'matado',
  'matados',
  'matadas',
  'ejecutad*',
  'ejecutaron',
  'ejecuciones',
  'ejecucion extrajudicial',
  'ejecuciones extrajudiciales',
  'fusilad*',
  'fusilaron',
  'fusilamiento*',
  'ultimad*',
  'muertos a tiros',
  'muertas a tiros',
  'muerto a tiros',
  'acribillad*',
  'degollad*',
  'decapitad*',
  'linchad*',
  'linchamiento*',
  'quemados vivos',
  'quemadas vivas',
  'calcinad*',
  'perdieron la vida',
  'cadaveres',
  'cuerpos sin vida',
  'victimas mortales',
  'fosa comun',
  'fosas comunes',
  // "Dieron muerte a", "los fusiló", "rematando a los heridos", "murieron por disparos de".
  'mato',
  'dieron muerte',
  'dio muerte',
  'dar muerte',
  'rematad*',
  'rematando',
  'remataron',
  'fusilo',
  'ejecuto',
  'murieron por disparos',
  'asesinad* a tiros',
  'muertes bajo custodia',
  'muerte bajo custodia',
  'muertos',
  'muertas',
  'sin vida',
  'cuerpos',
];

/** Who the victims were: civilians and the words reports use for them, and rough counts. */
export const VICTIMS = [
  'civiles',
  'poblacion civil',
  'pobladores',
  'habitantes',
  'campesin*',
  'personas',
  'hombres',
  'mujeres',
  'ninos',
  'ninas',
  'menores',
  'familias',
  'aldeanos',
  'vecinos',
  'indigenas',
  'desplazados',
  'refugiados',
  'estudiantes',
  'fieles',
  'ancianos',
  'desarmad*',
  'decenas',
  'cientos',
  'centenares',
  'miles',
  'lideres sociales',
  'comuneros',
  'pasajeros',
  'pescadores',
  'pacientes',
  // Víctimas nombradas por su parentesco, como hablan testigos y familias.
  'familiares',
  'esposo',
  'esposa',
  'padre',
  'madre',
  'hermano',
  'hermanos',
  'hermana',
  'hermanas',
  'hijo',
  'hijos',
  'hija',
  'hijas',
  ...ROLES_ES,
];

/** Deaths that are not violence, and the administrative senses of "ejecutar" (budgets, projects). */
export const NOT_VIOLENT_DEATH = [
  'inundacion*',
  'terremoto*',
  'sismo*',
  'deslizamiento*',
  'huracan*',
  'ciclon*',
  'accidente*',
  'enfermedad*',
  'colera',
  'epidemia*',
  'malaria',
  'dengue',
  'presupuesto*',
  'proyecto*',
  // Bajas de combatientes en combate: no son homicidios de personas protegidas.
  'combatientes muertos',
  'muertos en el enfrentamiento',
];

/** Armed attacks, by any means. */
export const ATTACK = [
  'ataque',
  'ataques',
  'atacad*',
  'atacaron',
  'atacantes',
  'bombarde*',
  'bombas',
  'artilleria',
  'cohete*',
  'misil*',
  'dron',
  'drones',
  'incursion armada',
  'asalto armado',
  'irrumpieron',
  'incendiad*',
  'incendiaron',
  'prendieron fuego',
  'dispararon',
  'abrieron fuego',
  'abrio fuego',
  'disparos',
  'tiroteo*',
  'balacera*',
  'morteros',
  'proyectil*',
  'explosivo*',
];

/** Senses of "ataque" and "bomba" that are not armed violence (panic attack, water pump). */
export const NOT_ARMED_ATTACK = [
  'ataque de panico',
  'ataques de panico',
  'ataque cardiaco',
  'ataque al corazon',
  'ataque de asma',
  'ataque informatico',
  'ataques informaticos',
  'ciberataque*',
  'bomba de agua',
  'bombas de agua',
  'bombas de achique',
  'a preguntas',
  'con preguntas',
];

/** Hospitals, medical units and transport, and medical personnel. */
export const MEDICAL = [
  'hospital',
  'hospitales',
  'clinica',
  'clinicas',
  'centro de salud',
  'centros de salud',
  'puesto de salud',
  'puestos de salud',
  'instalaciones sanitarias',
  'instalaciones medicas',
  'establecimientos de salud',
  'ambulancia*',
  'personal sanitario',
  'personal medico',
  'personal de salud',
  'trabajadores de la salud',
  'trabajadores sanitarios',
  'medicos',
  'enfermeras',
  'enfermeros',
  'mision medica',
];

/** Children and adolescents. Not 'nin*': it would match "ninguno". */
export const CHILDREN = [
  'nino',
  'nina',
  'ninos',
  'ninas',
  'ninez',
  'menor de edad',
  'menores de edad',
  'menores',
  'adolescente*',
  'infancia',
  'menores de 15',
  'menores de 18',
];

/** Markers that violence was aimed at a protected group as such. */
export const PROTECTED_GROUP = [
  'etnic*',
  'etnia',
  'etnias',
  'racial*',
  'raza',
  'religios*',
  'religion',
  'credo',
  'tribu',
  'tribus',
  'tribal*',
  'clan',
  'clanes',
  'minoria*',
  'indigena*',
  'sectari*',
  'origen nacional',
  'pueblo originario',
  'pueblos originarios',
  'afrodescendiente*',
];

/** Detention and custody. */
export const DETAINED = [
  'detenid*',
  'detencion',
  'detenciones',
  'arrestad*',
  'capturad*',
  'bajo custodia',
  'privados de libertad',
  'privadas de libertad',
  'privacion de libertad',
  'encarcelad*',
  'incomunicad*',
  'recluid*',
  'presos',
  'prisioneros',
  'carcel',
  'celda',
  'celdas',
  'esposad*',
  'vendad*',
  'interrogatorio*',
  'reclusos',
];

/** Parties that carry out violence. */
export const ARMED_ACTORS = [
  'grupo armado',
  'grupos armados',
  'milicia*',
  'rebelde*',
  'insurgente*',
  'paramilitar*',
  'soldados',
  'tropas',
  'fuerza publica',
  'fuerzas de seguridad',
  'fuerzas armadas',
  'ejercito',
  'policia',
  'combatientes',
  'hombres armados',
  'guerrill*',
  'disidencias',
];

/** Aid workers, agencies, convoys and premises. Bare 'humanitario' is left out: "crisis humanitaria". */
export const HUMANITARIAN = terms(
  'trabajador* humanitari* | personal humanitario | cooperantes | convoy* humanitario* | instalaciones humanitarias | almacen* humanitario* | suministros humanitarios | organizacion* humanitaria* | organismo* humanitario* | agencia* humanitaria* | socios humanitarios | vehiculo* humanitario* | trabajadores de ayuda | camiones de ayuda | suministros de socorro | ayuda alimentaria | pma | unicef | cicr | cruz roja | media luna roja | msf | ong | ongs',
);

/** Programmes and workshops: prose about preventing a harm, not reporting one. */
export const PROGRAMME_CONTEXT = [
  'taller*',
  'capacitacion*',
  'sensibilizacion',
  'campana contra',
  'campana de',
];

/** Prose about programmes against hate speech: it discusses the problem, it does not report an instance. */
export const HATE_SPEECH_PROGRAMMES = [
  ...PROGRAMME_CONTEXT,
  ...terms(
    'estrategia y plan de accion | combatir el discurso de odio | contrarrestar el discurso de odio | hacer frente al discurso de odio | lucha contra el discurso de odio',
  ),
];
