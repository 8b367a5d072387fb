import type { Examples } from './types.ts';

// Genocide, incitement and crimes against humanity: one sentence per language, phrased the way UN and
// NGO situation reports phrase it, that the indicator must recognise.
export const crimeExamples: Examples = {
  'genocide-killing-group-members': {
    en: 'Witnesses said at least 40 ethnic Masalit men were shot dead at the checkpoint outside El Geneina.',
    es: 'Según testigos, al menos 40 hombres de la etnia masalit fueron asesinados en el puesto de control.',
  },
  'genocide-serious-harm-to-group': {
    en: 'Survivors described how members of the religious minority were tortured and maimed in detention.',
    es: 'Los sobrevivientes relataron que miembros de la minoría religiosa fueron torturados y mutilados durante su detención.',
  },
  'genocide-destructive-conditions-of-life': {
    en: 'Displaced families from the ethnic minority have been deprived of food and water for weeks in the besieged district.',
    es: 'Las familias de la minoría étnica llevan semanas privadas de alimentos y agua en el distrito sitiado.',
  },
  'genocide-measures-preventing-births': {
    en: 'Women from the Muslim minority reported forced sterilization and the mandatory insertion of IUDs, as birth rates in the ethnic region fell by half.',
    es: 'Mujeres de la minoría musulmana denunciaron esterilizaciones forzadas mientras la tasa de natalidad en la región étnica se redujo a la mitad.',
  },
  'genocide-transfer-of-children': {
    en: 'More than 2,000 children were deported to the capital and put up for adoption with new names, according to the ombudsperson.',
    es: 'Niños de la comunidad indígena fueron separados de sus familias y llevados a internados del grupo mayoritario.',
  },
  'genocide-statements-of-intent-to-destroy': {
    en: 'In a televised address, the commander said the ethnic Tigrayan population must be wiped out.',
    es: 'En un discurso televisado, el comandante afirmó que había que exterminar a la población de la etnia tigriña.',
  },
  'genocide-selective-elimination': {
    en: 'Men and boys of fighting age were separated from the women at the school and executed in a nearby field.',
    es: 'Los hombres y adolescentes fueron separados de las mujeres y ejecutados en un campo cercano.',
  },
  'genocide-dehumanising-methods-of-violence': {
    en: 'Several women were raped in front of their children and the mutilated bodies of the men were left on the road.',
    es: 'Varias mujeres fueron violadas delante de sus hijos y los cuerpos mutilados de los hombres quedaron en la carretera.',
  },
  'genocide-erasure-of-group-identity': {
    en: 'Authorities banned the use of the Uyghur language in schools and prohibited religious practices such as fasting for ethnic minorities.',
    es: 'Las autoridades prohibieron el uso de la lengua materna en las escuelas y las prácticas religiosas de la minoría étnica.',
  },
  'genocide-public-celebration-of-violence': {
    en: 'Fighters filmed themselves celebrating beside the bodies after the killings in the village.',
    es: 'Los combatientes se grabaron festejando junto a los cuerpos tras la masacre en la aldea.',
  },
  'direct-public-incitement-to-genocide': {
    en: 'On local radio, a militia leader urged listeners to kill every member of the ethnic minority in the valley.',
    es: 'En la radio local, un líder de la milicia llamó a exterminar a todos los miembros de la minoría étnica del valle.',
  },
  'hate-speech-against-groups': {
    en: 'The Special Adviser warned of a sharp rise in hate speech on social media targeting the Rohingya.',
    es: 'La Asesora Especial alertó de un fuerte aumento del discurso de odio en redes sociales contra la comunidad rohinyá.',
  },
  'dehumanising-language': {
    en: 'The governor repeatedly referred to the displaced as cockroaches during the rally.',
    es: 'El gobernador se refirió a los desplazados como cucarachas durante el mitin.',
  },
  'religious-incitement-to-violence': {
    en: 'A preacher in the capital called for holy war against the other community in a sermon broadcast on Friday.',
    es: 'Un predicador de la capital llamó a la guerra santa contra la otra comunidad en un sermón difundido el viernes.',
  },
  'online-incitement-campaigns': {
    en: 'Telegram channels circulated lists of activists and journalists, calling for them to be hunted down.',
    es: 'Canales de Telegram difundieron listas de activistas y periodistas, llamando a darles caza.',
  },
  'propaganda-casting-group-as-threat': {
    en: 'State television portrayed the ethnic minority as traitors and infiltrators serving foreign powers.',
    es: 'La televisión estatal presentó a la minoría étnica como traidores e infiltrados al servicio de potencias extranjeras.',
  },
  'killing-of-civilians': {
    en: 'At least 25 civilians, including six children, were killed when gunmen opened fire on the market.',
    es: 'Al menos 25 civiles, entre ellos seis niños, fueron asesinados cuando hombres armados dispararon contra el mercado.',
  },
  'extermination-mass-killing': {
    en: 'Hundreds of villagers were massacred over three days, and investigators exhumed a mass grave containing 300 bodies.',
    es: 'Centenares de campesinos fueron masacrados en tres días y los investigadores exhumaron una fosa común con 300 cuerpos.',
  },
  'enslavement-and-forced-labour': {
    en: 'Yazidi women and girls were sold in markets in the city and held as slaves by fighters.',
    es: 'Mujeres y niñas yazidíes fueron vendidas en mercados de la ciudad y sometidas a esclavitud por los combatientes.',
  },
  'forced-displacement-of-population': {
    en: 'Over 10,000 residents were forcibly displaced from the eastern villages after the army operation.',
    es: 'Más de 10.000 habitantes fueron desplazados por la fuerza de las veredas del oriente tras la operación militar.',
  },
  'arbitrary-mass-detention': {
    en: 'Hundreds of young men have been arbitrarily detained and are held incommunicado without charge.',
    es: 'Cientos de jóvenes han sido detenidos arbitrariamente y permanecen incomunicados sin cargos.',
  },
  'torture-and-ill-treatment': {
    en: 'Former detainees said they were tortured with electric shocks and subjected to mock executions.',
    es: 'Exdetenidos afirmaron que fueron torturados con descargas eléctricas y sometidos a simulacros de ejecución.',
  },
  'rape-and-sexual-violence': {
    en: 'The mission documented 120 cases of rape and other sexual violence committed by soldiers during house searches.',
    es: 'Los soldados violaron a mujeres y niñas durante los allanamientos, según la misión.',
  },
  'sexual-slavery-and-forced-marriage': {
    en: 'Abducted girls were forcibly married to fighters and held in conditions of sexual slavery.',
    es: 'Las niñas secuestradas fueron entregadas como esposas a los combatientes y sometidas a esclavitud sexual.',
  },
  'forced-pregnancy-and-sterilisation': {
    en: 'Survivors described forced pregnancy in camps where captors said the children would belong to their tribe.',
    es: 'Las sobrevivientes describieron embarazos forzados en campamentos de los captores.',
  },
  'persecution-of-identifiable-group': {
    en: 'Members of the opposition and religious minorities continue to be persecuted and denied basic rights.',
    es: 'Personas LGBTI son perseguidas y detenidas por su orientación sexual, según la ONG.',
  },
  'enforced-disappearance': {
    en: 'The activist was picked up by men in plain clothes and his whereabouts remain unknown.',
    es: 'El dirigente fue detenido por hombres vestidos de civil y desde entonces se desconoce su paradero.',
  },
  'apartheid-regime': {
    en: 'The report concluded that the system of institutionalised oppression and domination over the racial minority amounts to apartheid.',
    es: 'El informe concluyó que el régimen de opresión institucionalizada y dominación de un grupo racial constituye apartheid.',
  },
  'other-inhumane-acts': {
    en: 'Detainees were held in inhumane conditions and brutally beaten during interrogation.',
    es: 'Los detenidos permanecieron en condiciones inhumanas y fueron brutalmente golpeados durante los interrogatorios.',
  },
  'widespread-or-systematic-attack': {
    en: 'The commission found reasonable grounds to believe that these acts were part of a widespread and systematic attack against the civilian population.',
    es: 'La comisión concluyó que existen motivos razonables para creer que estos hechos constituyen crímenes de lesa humanidad.',
  },
  'pattern-of-attacks-on-civilians': {
    en: 'A series of attacks on villages in the north has killed dozens of civilians since March.',
    es: 'Una serie de ataques contra comunidades indígenas del norte ha dejado decenas de víctimas desde marzo.',
  },
  'coordinated-operations-same-methods': {
    en: 'Simultaneous raids on six towns followed the same pattern of house-to-house searches and arrests.',
    es: 'Los asesinatos siguieron el mismo patrón en cinco municipios, con hombres armados que llegaban de noche.',
  },
  'escalation-and-spread-of-violence': {
    en: 'Violence has spread to other regions, and attacks intensified in the west during the reporting period.',
    es: 'La violencia se extendió a otros departamentos y se registró un recrudecimiento de los ataques en el occidente.',
  },
  'rising-arrests-disappearances-displacement': {
    en: 'The Office recorded a sharp rise in arrests and disappearances in the capital in July.',
    es: 'La Oficina registró un aumento de las detenciones y desapariciones en la capital en julio.',
  },
  'orders-to-attack-civilians': {
    en: 'Defectors said soldiers were ordered to shoot protesters and burn villages.',
    es: 'Según desertores, los soldados recibieron órdenes de disparar contra los manifestantes y quemar las aldeas.',
  },
  'documents-or-lists-revealing-a-plan': {
    en: 'Militia members carried kill lists with the names of teachers and local officials.',
    es: 'Los paramilitares portaban listas negras con los nombres de líderes sociales y docentes.',
  },
  'high-level-involvement': {
    en: 'The report found that senior commanders planned and coordinated the killings in the district.',
    es: 'El informe concluyó que altos mandos planificaron y coordinaron las masacres en el distrito.',
  },
  'demographic-engineering': {
    en: 'The resettlement programme aimed to change the demographic composition of the province.',
    es: 'El programa de reasentamiento buscaba cambiar la composición demográfica de la provincia.',
  },
  'parallel-structures-and-death-squads': {
    en: 'Residents blamed death squads linked to the police for the killings of young men.',
    es: 'Los vecinos atribuyeron los asesinatos de jóvenes a escuadrones de la muerte vinculados a la policía.',
  },
  'discriminatory-security-procedures': {
    en: 'At checkpoints, travellers were separated based on their ethnicity and religion.',
    es: 'En los puestos de control, los viajeros eran separados según su etnia y su religión.',
  },
};
