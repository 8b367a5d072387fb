import type { Examples } from './types.ts';

// RF7 enabling circumstances, RF8 triggers, RF9 intergroup tensions and RF13 threats to protected persons.
export const frameworkSpecificExamples: Examples = {
  'coordination-and-central-direction': {
    en: 'The same unit, using the same unmarked vehicles, carried out the night arrests in all five towns.',
    es: 'Los hombres armados llegaron con una lista de nombres y se llevaron a once campesinos.',
  },
  'deaths-from-imposed-conditions': {
    en: 'At least 300 detainees died in the prison from hunger and untreated disease.',
    es: 'Al menos 300 detenidos murieron en el penal por hambre y falta de atención médica.',
  },
  'emergency-rule': {
    en: 'The president declared a state of emergency and imposed a curfew in the three northern regions.',
    es: 'El presidente declaró el estado de excepción e impuso el toque de queda en tres regiones del norte.',
  },
  'state-institutions-suspended': {
    en: 'The junta dissolved parliament and suspended the constitution.',
    es: 'La junta disolvió el parlamento y suspendió la constitución.',
  },
  'security-apparatus-turned-against-group': {
    en: 'Special forces were redeployed and mobilised against the ethnic minority in the border districts.',
    es: 'Las fuerzas especiales fueron movilizadas contra la minoría étnica en los distritos fronterizos.',
  },
  'militias-created-or-armed': {
    en: 'Local officials set up self-defence groups armed by the army in the contested districts.',
    es: 'Las autoridades locales crearon grupos de autodefensa armados por el ejército.',
  },
  'internet-and-communications-shutdown': {
    en: 'A complete internet shutdown has been in place in the region since the offensive began.',
    es: 'Las autoridades cortaron internet y las líneas telefónicas en toda la región.',
  },
  'expulsion-of-ngos-and-media': {
    en: 'The government expelled seven senior UN officials and suspended the operations of two NGOs.',
    es: 'El gobierno expulsó a siete altos funcionarios de la ONU y suspendió las operaciones de dos ONG.',
  },
  'discriminatory-laws-and-citizenship-stripping': {
    en: 'Under the new law, nearly two million people from the religious minority were stripped of their citizenship.',
    es: 'Con la nueva ley, casi dos millones de personas de la minoría religiosa fueron privadas de la nacionalidad.',
  },
  'rising-violence-against-women-and-children': {
    en: 'Gender-based violence has risen sharply since the fighting began, with rape used as a weapon of war.',
    es: 'La violencia de género aumentó de forma alarmante desde el inicio de los combates.',
  },
  'confinement-in-camps-or-ghettos': {
    en: 'More than 120,000 people remain confined to camps and are not allowed to leave without permission.',
    es: 'Tres comunidades indígenas se encuentran en situación de confinamiento por la presencia de grupos armados.',
  },
  'marking-of-group-members': {
    en: 'Residents said the houses of minority families had been marked with red crosses days before the attack.',
    es: 'Los vecinos contaron que las casas de las familias de la minoría fueron marcadas con cruces rojas.',
  },
  'politicisation-of-identity': {
    en: 'Politicians have been stoking ethnic tensions ahead of the vote, and the campaign is increasingly run along ethnic lines.',
    es: 'Los políticos están avivando las tensiones antes de la votación y la campaña se organiza según líneas étnicas.',
  },
  'sudden-deployment-of-forces': {
    en: 'Thousands of troops and armoured vehicles were deployed to the region overnight.',
    es: 'Miles de soldados y vehículos blindados fueron desplegados en la región durante la noche.',
  },
  'spillover-from-neighbouring-conflict': {
    en: 'Fighters crossed the border from the neighbouring country and clashes spilled over into the refugee areas.',
    es: 'Combatientes cruzaron la frontera desde el país vecino y los enfrentamientos se extendieron a las zonas de acogida.',
  },
  'measures-seen-as-threat-to-sovereignty': {
    en: 'The foreign minister denounced the sanctions as interference in the country’s internal affairs.',
    es: 'El canciller denunció las sanciones como una injerencia en los asuntos internos del país.',
  },
  'attacks-on-leaders-and-prominent-figures': {
    en: 'The assassination of the opposition leader sparked riots in the capital.',
    es: 'El asesinato del líder opositor desató disturbios en la capital.',
  },
  'religious-flashpoints': {
    en: 'Clashes broke out after blasphemy accusations against a shopkeeper spread through the town.',
    es: 'Se produjeron enfrentamientos tras las acusaciones de blasfemia contra un comerciante.',
  },
  'electoral-or-census-tensions': {
    en: 'The disputed election results triggered clashes between supporters of the two candidates.',
    es: 'Los resultados electorales impugnados provocaron enfrentamientos entre simpatizantes de ambos candidatos.',
  },
  'resource-discovery-or-extraction': {
    en: 'A new mining concession on ancestral land has led to evictions and protests by indigenous communities.',
    es: 'Un nuevo proyecto minero en territorio ancestral ha provocado desalojos y protestas de las comunidades indígenas.',
  },
  'inflammatory-commemorations': {
    en: 'Supporters glorified the convicted war criminals at the anniversary march.',
    es: 'En el aniversario de la masacre, grupos nacionalistas glorificaron a los perpetradores.',
  },
  'contested-accountability-processes': {
    en: 'The verdict was denounced as victor’s justice by the defendants’ community, and protests followed.',
    es: 'La sentencia fue denunciada como justicia de los vencedores y provocó protestas.',
  },
  'discrimination-against-protected-group': {
    en: 'Members of the ethnic minority face systematic discrimination in access to land, jobs and education.',
    es: 'Los miembros de la minoría étnica sufren discriminación sistemática en el acceso a la tierra y al empleo.',
  },
  'denial-of-group-existence-or-identity': {
    en: 'The government refuses to recognise the Rohingya as an ethnic group and calls them illegal immigrants.',
    es: 'El gobierno se niega a reconocer a los rohinyás como grupo étnico y los llama inmigrantes ilegales.',
  },
  'unpunished-atrocities-against-group': {
    en: 'No one has been held accountable for the 2013 massacre of members of the religious minority.',
    es: 'Nadie ha rendido cuentas por la masacre de 2013 contra miembros de la minoría religiosa.',
  },
  'intercommunal-tensions': {
    en: 'Intercommunal clashes between farmers and herders killed at least 60 people in the state.',
    es: 'La violencia intercomunitaria entre agricultores y pastores dejó al menos 60 muertos.',
  },
  'conflict-shifting-to-identity-lines': {
    en: 'What began as a political dispute has increasingly taken on an ethnic dimension.',
    es: 'Lo que empezó como una disputa política ha adquirido cada vez más una dimensión étnica.',
  },
  'fragmented-command': {
    en: 'The fragmentation of the rebels into rival factions has left no clear chain of command.',
    es: 'La fragmentación de los grupos armados en facciones rivales dificulta cualquier negociación.',
  },
  'broken-ceasefires-and-agreements': {
    en: 'Both sides violated the ceasefire within hours of its entry into force.',
    es: 'Ambas partes violaron el alto el fuego a las pocas horas de su entrada en vigor.',
  },
  'radicalisation-of-parties': {
    en: 'Analysts warn of growing radicalisation among the younger fighters.',
    es: 'Los analistas advierten de una creciente radicalización entre los combatientes más jóvenes.',
  },
  'identity-as-test-of-loyalty': {
    en: 'Members of the ethnic minority were branded traitors and forced to prove their loyalty.',
    es: 'Miembros de la minoría étnica fueron tachados de traidores y obligados a demostrar su lealtad.',
  },
  'threats-against-protected-persons': {
    en: 'Leaflets dropped on the town warned residents that anyone who stayed would be treated as a legitimate target.',
    es: 'Panfletos firmados por el grupo armado declararon objetivo militar a los líderes comunitarios y a sus familias.',
  },
  'preparations-for-mass-confinement-or-removal': {
    en: 'Satellite images show the construction of new detention facilities on the outskirts of the city.',
    es: 'Imágenes satelitales muestran la construcción de nuevos centros de detención en las afueras de la ciudad.',
  },
};
