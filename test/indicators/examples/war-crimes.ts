import type { Examples } from './types.ts';

// War crimes and attacks on humanitarian and peacekeeping operations.
export const warCrimeExamples: Examples = {
  'killing-of-prisoners-or-surrendered-fighters': {
    en: 'Video footage shows soldiers who had surrendered being executed with their hands tied.',
    es: 'Un video muestra a soldados que se habían rendido siendo ejecutados con las manos atadas.',
  },
  'medical-or-scientific-experiments': {
    en: 'Former guards testified that medical experiments were carried out on detainees in the facility.',
    es: 'Antiguos guardias declararon que se realizaron experimentos médicos con detenidos en el centro.',
  },
  mutilation: {
    en: 'Rebels cut off the hands of several villagers accused of voting in the election.',
    es: 'Los rebeldes cortaron las manos a varios campesinos acusados de votar en las elecciones.',
  },
  'compelled-military-service': {
    en: 'Residents of occupied towns were forcibly conscripted into the occupying army and sent to the front.',
    es: 'Residentes de las ciudades ocupadas fueron reclutados a la fuerza en el ejército ocupante y enviados al frente.',
  },
  'summary-trials-and-executions': {
    en: 'A so-called revolutionary court sentenced the captured soldiers to death after a hearing that lasted minutes.',
    es: 'Un supuesto tribunal revolucionario condenó a muerte a los soldados capturados tras una audiencia de minutos.',
  },
  'hostage-taking': {
    en: 'The group is still holding 30 hostages, including aid workers and foreign nationals.',
    es: 'El grupo armado secuestró a los pasajeros y exigió un rescate para liberarlos.',
  },
  'outrages-upon-personal-dignity': {
    en: 'Detainees were stripped naked, paraded through the streets and filmed in humiliating positions.',
    es: 'Los detenidos fueron desnudados y exhibidos por las calles en posiciones humillantes.',
  },
  'destruction-of-homes-and-villages': {
    en: 'Satellite imagery shows that more than 300 homes were burned down in the villages around the town.',
    es: 'Las imágenes satelitales muestran que más de 300 viviendas fueron incendiadas en las aldeas cercanas.',
  },
  'seizure-of-property-and-land': {
    en: 'Militia members seized the land and livestock of families who had fled the fighting.',
    es: 'Los paramilitares despojaron de sus tierras y ganado a las familias que huyeron de los combates.',
  },
  pillage: {
    en: 'After taking the town, fighters looted homes, shops and the central market.',
    es: 'Tras tomar el pueblo, los combatientes saquearon viviendas, comercios y el mercado central.',
  },
  'abolition-of-enemy-nationals-rights': {
    en: 'A decree suspended all legal actions brought by nationals of the enemy state before domestic courts.',
    es: 'Un decreto declaró suspendidas las demandas presentadas por nacionales del Estado enemigo ante los tribunales.',
  },
  'attacks-on-civilians': {
    en: 'An airstrike hit a crowded market in the city centre, killing at least 40 people.',
    es: 'Un bombardeo alcanzó un mercado concurrido del centro de la ciudad y mató al menos a 40 personas.',
  },
  'attacks-on-civilian-objects': {
    en: 'Missile strikes damaged the main water station and two power plants serving the city.',
    es: 'Los ataques con misiles dañaron la principal estación de bombeo y dos centrales eléctricas de la ciudad.',
  },
  'disproportionate-attacks': {
    en: 'Experts said the bombing of the residential tower caused civilian harm clearly excessive in relation to any military advantage.',
    es: 'Los expertos afirmaron que el bombardeo de la torre residencial causó daños desproporcionados a la población civil.',
  },
  'indiscriminate-bombardment': {
    en: 'Government helicopters dropped barrel bombs on the town in what the commission called indiscriminate attacks.',
    es: 'Helicópteros del gobierno lanzaron barriles explosivos sobre la ciudad en ataques indiscriminados.',
  },
  'denial-of-quarter': {
    en: 'The commander told his troops to take no prisoners during the assault.',
    es: 'El comandante ordenó a sus tropas no tomar prisioneros durante el asalto.',
  },
  'perfidy-and-misuse-of-emblems': {
    en: 'Gunmen disguised as medical workers used an ambulance to approach the checkpoint and opened fire.',
    es: 'Hombres armados disfrazados de personal sanitario usaron una ambulancia para acercarse al retén y abrieron fuego, hiriendo a dos policías.',
  },
  'human-shields': {
    en: 'Fighters prevented residents from leaving the neighbourhood and used them as human shields.',
    es: 'Los combatientes impidieron salir a los vecinos del barrio y los utilizaron como escudos humanos.',
  },
  'attacks-on-medical-care': {
    en: 'The hospital was struck twice by artillery fire, killing two nurses and a patient.',
    es: 'El hospital fue alcanzado dos veces por fuego de artillería, que mató a dos enfermeras y a un paciente.',
  },
  'attacks-on-schools-and-education': {
    en: 'Three schools were shelled and a fourth has been used as a base by the armed group since May.',
    es: 'Tres escuelas fueron bombardeadas y una cuarta es utilizada como base por el grupo armado desde mayo.',
  },
  'destruction-of-religious-and-cultural-property': {
    en: 'The old mosque and the Christian cemetery were demolished by bulldozers the day after the town fell.',
    es: 'La antigua mezquita y el cementerio cristiano fueron demolidos por excavadoras al día siguiente de la toma del pueblo.',
  },
  'starvation-as-method-of-warfare': {
    en: 'Civilians in the besieged city are dying of hunger as all food supplies have been cut off for months.',
    es: 'La población civil de la ciudad sitiada muere de hambre porque el asedio impide la entrada de alimentos.',
  },
  'poison-and-poisoned-weapons': {
    en: 'Retreating forces poisoned the wells in at least four villages.',
    es: 'Las fuerzas en retirada envenenaron los pozos de al menos cuatro aldeas.',
  },
  'chemical-weapons-and-gases': {
    en: 'Medical staff treated dozens of patients with symptoms consistent with exposure to chlorine after the attack.',
    es: 'El personal médico atendió a decenas de pacientes con síntomas de exposición a gas tóxico tras el ataque.',
  },
  'expanding-bullets': {
    en: 'Forensic experts found that the victims had been shot with expanding bullets.',
    es: 'Los forenses determinaron que las víctimas recibieron disparos con balas expansivas.',
  },
  'inherently-indiscriminate-weapons': {
    en: 'Cluster munitions were used in residential areas of the city, according to weapons experts.',
    es: 'Se emplearon municiones en racimo en zonas residenciales de la ciudad, según expertos en armamento.',
  },
  'recruitment-of-children': {
    en: 'The task force verified the recruitment of 150 children, some as young as 12, by armed groups.',
    es: 'Se verificó el reclutamiento de 150 niños y niñas, algunos de 12 años, por grupos armados.',
  },
  'use-of-children-in-hostilities': {
    en: 'Boys as young as 13 were seen manning checkpoints on the main road.',
    es: 'Se observó a niños de 13 años portando armas en los puestos de control de la carretera principal.',
  },
  'transfer-of-settlers-into-occupied-territory': {
    en: 'The government approved 3,000 new settlement units in the occupied territory.',
    es: 'El gobierno aprobó la construcción de asentamientos en el territorio ocupado.',
  },
  'deportation-from-occupied-territory': {
    en: 'Thousands of residents of occupied areas were deported across the border, including unaccompanied children.',
    es: 'Miles de residentes de las zonas ocupadas fueron deportados al otro lado de la frontera, incluidos niños no acompañados.',
  },
  'ordered-displacement-of-civilians': {
    en: 'The armed group gave residents 48 hours to leave, and told them to leave or be killed.',
    es: 'El grupo armado dio plazo para abandonar la vereda a todas las familias, que tuvieron que huir.',
  },
  'attacks-on-peacekeepers': {
    en: 'Two peacekeepers were killed when their convoy was ambushed near the border.',
    es: 'Dos cascos azules murieron cuando su convoy fue emboscado cerca de la frontera.',
  },
  'attacks-on-humanitarian-workers': {
    en: 'Three aid workers were abducted and a humanitarian convoy was looted on the road to the camp.',
    es: 'Tres cooperantes fueron secuestrados y un convoy humanitario fue saqueado en la carretera al campamento.',
  },
  'obstruction-of-humanitarian-relief': {
    en: 'Authorities blocked aid convoys carrying food and medicine for a third consecutive week.',
    es: 'Las autoridades bloquearon los convoyes humanitarios con alimentos y medicinas por tercera semana consecutiva.',
  },
  'restrictions-on-humanitarian-and-un-personnel': {
    en: 'Bureaucratic impediments, including delayed visas and travel permits, prevented aid agencies from reaching the region.',
    es: 'Las trabas burocráticas, incluidos visados retrasados, impidieron a las organizaciones humanitarias llegar a la región.',
  },
  'hostility-towards-humanitarian-and-peace-operations': {
    en: 'Officials accused aid agencies of supporting the rebels and of spying for foreign governments.',
    es: 'Funcionarios acusaron a las organizaciones humanitarias de apoyar a los rebeldes y de espionaje.',
  },
};
