import type { Examples } from './types.ts';

// Common risk factors RF1–RF6.
export const frameworkCommonExamples: Examples = {
  'armed-conflict': {
    en: 'Heavy fighting between the army and the rebels continued around the airport throughout the week.',
    es: 'Los combates entre el ejército y la guerrilla continuaron durante toda la semana en la zona rural.',
  },
  'security-crisis': {
    en: 'The security situation deteriorated sharply after a series of terrorist attacks in the capital.',
    es: 'La situación de seguridad se deterioró tras varios atentados terroristas en la capital.',
  },
  'humanitarian-emergency': {
    en: 'Half the population faces acute food insecurity and a cholera outbreak has spread to three provinces.',
    es: 'La mitad de la población sufre inseguridad alimentaria aguda y un brote de cólera se extendió a tres provincias.',
  },
  'coup-or-irregular-transfer-of-power': {
    en: 'The military seized power in a coup on Monday and detained the president.',
    es: 'Los militares tomaron el poder en un golpe de Estado y detuvieron al presidente.',
  },
  'growing-armed-opposition': {
    en: 'The insurgency has gained ground in the north, where rebels took control of four district capitals.',
    es: 'La insurgencia ganó terreno en el norte, donde los rebeldes tomaron el control de cuatro cabeceras municipales.',
  },
  'severe-repression': {
    en: 'The authorities intensified the crackdown on dissent, arresting journalists and opposition members.',
    es: 'Las autoridades intensificaron la represión contra la disidencia y detuvieron a periodistas y opositores.',
  },
  'disputes-over-resources': {
    en: 'Clashes over grazing land and water points between herders and farmers left 12 dead.',
    es: 'Las disputas por la tierra entre comunidades y empresas mineras provocaron enfrentamientos violentos.',
  },
  'economic-crisis-or-shock': {
    en: 'Hyperinflation and the collapse of the currency have pushed millions into poverty.',
    es: 'La hiperinflación y el desplome de la moneda han empujado a millones a la pobreza.',
  },
  'poverty-and-group-inequality': {
    en: 'Deep inequalities between ethnic groups in access to land and jobs fuel resentment.',
    es: 'Las profundas desigualdades entre grupos étnicos en el acceso a la tierra alimentan el resentimiento.',
  },
  'mass-protest-against-the-state': {
    en: 'Tens of thousands joined nationwide protests against the fuel price increases.',
    es: 'Decenas de miles de personas se sumaron a las protestas en todo el país contra la subida de los combustibles.',
  },
  'pattern-of-serious-violations': {
    en: 'The report documents a pattern of serious violations of international humanitarian law by all parties.',
    es: 'El informe documenta graves violaciones de los derechos humanos cometidas por todas las partes.',
  },
  'past-atrocity-crimes': {
    en: 'The region has a history of massacres and ethnic cleansing dating back to the 1990s.',
    es: 'La región tiene antecedentes de masacres y limpieza étnica que se remontan a los años noventa.',
  },
  'impunity-and-amnesty': {
    en: 'Ten years on, no one has been held accountable for the killings, and a new amnesty law protects the commanders.',
    es: 'Diez años después, nadie ha rendido cuentas por las masacres y una nueva ley de amnistía protege a los mandos.',
  },
  'failure-to-halt-violations': {
    en: 'Police stood by as the mob attacked the homes, despite repeated warnings from community leaders.',
    es: 'La fuerza pública no intervino pese a las alertas tempranas emitidas por la Defensoría del Pueblo.',
  },
  'support-for-alleged-perpetrators': {
    en: 'The general was promoted last month despite being implicated in the massacre of civilians.',
    es: 'El coronel fue ascendido pese a estar implicado en ejecuciones extrajudiciales.',
  },
  'denial-or-justification-of-atrocities': {
    en: 'The government denied that any massacre had taken place, calling the reports fabricated.',
    es: 'El gobierno negó que se hubiera producido una masacre y calificó las denuncias de montaje.',
  },
  'absent-or-politicised-transitional-justice': {
    en: 'The truth commission has stalled after its budget was cut and its members were replaced.',
    es: 'La comisión de la verdad está estancada tras el recorte de su presupuesto.',
  },
  'weak-justice-and-security-institutions': {
    en: 'Courts in the region are not functioning and the police have no presence outside the main towns.',
    es: 'Los tribunales de la región no funcionan y la policía carece de presencia fuera de las cabeceras.',
  },
  'lack-of-judicial-independence': {
    en: 'More than 200 judges were dismissed after the supreme court ruled against the government.',
    es: 'Más de 200 jueces fueron destituidos después de que la corte suprema fallara contra el gobierno.',
  },
  'security-forces-outside-civilian-control': {
    en: 'The intelligence services operate beyond civilian control and answer only to the president.',
    es: 'Los servicios de inteligencia actúan sin control civil y solo responden ante el presidente.',
  },
  'pervasive-corruption': {
    en: 'Endemic corruption in the security forces has allowed weapons to be sold to armed groups.',
    es: 'La corrupción generalizada en las fuerzas de seguridad ha permitido la venta de armas a grupos armados.',
  },
  'weakened-oversight-and-redress': {
    en: 'Parliament dissolved the national human rights commission and defunded the ombudsman.',
    es: 'El parlamento debilitó la defensoría del pueblo y recortó su presupuesto.',
  },
  'forces-untrained-in-ihl': {
    en: 'Newly recruited militia members have received no training in international humanitarian law.',
    es: 'Los nuevos reclutas no han recibido formación alguna; muchos desconocen el derecho internacional humanitario.',
  },
  'political-motive-to-retain-power': {
    en: 'The president’s bid for a third term has been accompanied by a wave of violence against the opposition.',
    es: 'La búsqueda de un tercer mandato ha ido acompañada de una ola de violencia contra la oposición.',
  },
  'economic-and-strategic-interests': {
    en: 'Armed groups are fighting for control of the gold mines in the east.',
    es: 'Los grupos armados se disputan el control de las rutas del narcotráfico en la frontera.',
  },
  'ethnic-cleansing': {
    en: 'UN officials described the operation as a textbook example of ethnic cleansing.',
    es: 'Funcionarios de la ONU describieron la operación como un ejemplo de manual de limpieza étnica.',
  },
  'perceived-disloyalty-and-collective-punishment': {
    en: 'Villagers accused of supporting the insurgents were beaten and their homes burned as collective punishment.',
    es: 'Campesinos acusados de colaborar con la guerrilla fueron asesinados por los paramilitares.',
  },
  'supremacist-ideology': {
    en: 'The movement’s leaders openly preach racial purity and call themselves a superior race.',
    es: 'Los dirigentes del movimiento predican abiertamente la pureza racial.',
  },
  'revenge-and-politicised-grievances': {
    en: 'The killings were described as revenge for the attack on a cattle camp last month.',
    es: 'Los asesinatos fueron presentados como venganza por el ataque del mes pasado.',
  },
  'arms-acquisition-and-flows': {
    en: 'The panel documented large shipments of weapons and ammunition arriving by air in violation of the embargo.',
    es: 'El grupo de expertos documentó grandes cargamentos de armas y municiones que llegaron por vía aérea.',
  },
  'mass-mobilisation-of-fighters': {
    en: 'The governor called up thousands of young men to join the local defence militias.',
    es: 'El gobernador movilizó a miles de jóvenes para integrar las milicias locales.',
  },
  'alliances-with-armed-groups': {
    en: 'Soldiers were seen fighting alongside the militia during the attack on the camp.',
    es: 'Se vio a soldados operando junto a los paramilitares durante el ataque, en connivencia con la policía.',
  },
  'commercial-enablers': {
    en: 'Two companies supplied jet fuel to the military despite its air strikes on villages.',
    es: 'Dos empresas suministraron combustible de aviación a los militares pese a sus bombardeos de aldeas.',
  },
  'backing-by-elites': {
    en: 'Local businessmen funded the militia and paid its fighters a monthly salary.',
    es: 'Terratenientes y ganaderos financiaron a los grupos paramilitares de la región.',
  },
  'external-support-to-armed-actors': {
    en: 'Foreign mercenaries provided training and drones to the rebels.',
    es: 'Mercenarios extranjeros proporcionaron entrenamiento y drones a los rebeldes.',
  },
  'group-without-protection': {
    en: 'The indigenous communities in the valley are left without protection after the army withdrew.',
    es: 'Las comunidades indígenas del valle quedaron desprotegidas tras la retirada del ejército.',
  },
  'closing-civic-space': {
    en: 'Dozens of NGOs were deregistered under the new foreign agents law.',
    es: 'En lo que va del año, 80 líderes sociales han sido asesinados en el país.',
  },
  'media-silenced': {
    en: 'Three journalists were arrested and the last independent radio station was shut down.',
    es: 'Tres periodistas fueron detenidos y la última emisora independiente fue clausurada.',
  },
  'international-scrutiny-blocked': {
    en: 'The commission of inquiry was denied access to the country for the third year running.',
    es: 'El gobierno negó el acceso al país a la misión de determinación de los hechos por tercer año consecutivo.',
  },
  'non-cooperation-with-human-rights-mechanisms': {
    en: 'The government refused to cooperate with the Special Rapporteur and rejected the mandate.',
    es: 'El gobierno se negó a cooperar con el Relator Especial y rechazó el mandato.',
  },
  'no-will-to-negotiate': {
    en: 'Talks collapsed after both delegations walked out of talks in Jeddah.',
    es: 'Las partes se negaron a negociar y rechazaron la mediación de la Unión Africana.',
  },
  'international-inaction': {
    en: 'The Security Council failed to agree on a resolution after a veto by one permanent member.',
    es: 'El Consejo de Seguridad no logró aprobar una resolución por el veto de un miembro permanente.',
  },
  'borders-closed-to-people-fleeing': {
    en: 'The neighbouring country sealed the border and pushed back hundreds of refugees.',
    es: 'El país vecino cerró la frontera y devolvió por la fuerza a cientos de refugiados.',
  },
  'perpetrators-not-held-to-account': {
    en: 'Not one of the officers identified by the families has been prosecuted, and the investigation was shelved in March.',
    es: 'Ninguno de los agentes señalados por las familias ha sido procesado, y la fiscalía archivó la investigación en marzo.',
  },
  'recurrence-of-violations': {
    en: 'It was the third massacre in the same village in less than two years.',
    es: 'Es la tercera masacre en la misma vereda en menos de dos años.',
  },
  'justice-institutions-captured-or-absent': {
    en: 'Three judges who had ordered the arrest of two colonels have been transferred to remote provinces.',
    es: 'Los tres jueces que ordenaron la captura de dos coroneles fueron trasladados a provincias remotas.',
  },
  'forces-without-training-or-control': {
    en: 'Former militia members were integrated into the police without vetting or training in human rights.',
    es: 'Las autodefensas fueron integradas a la policía rural sin ningún proceso de formación ni de control.',
  },
  'violence-against-perceived-collaborators': {
    en: 'The fighters executed two young men they accused of informing the army.',
    es: 'El grupo armado asesinó a dos jóvenes a los que acusó de colaborar con el ejército.',
  },
  'land-and-revenue-behind-violence': {
    en: 'Police evicted 400 families from land that a plantation company claims.',
    es: 'La policía desalojó a 400 familias de unas tierras que reclama una empresa palmera.',
  },
  'civil-society-and-media-targeted': {
    en: 'Twelve journalists remain in detention and 47 human rights groups have been dissolved.',
    es: 'Doce periodistas siguen detenidos y más de 40 organizaciones de derechos humanos fueron disueltas.',
  },
  'no-early-warning': {
    en: 'The early warning system was dismantled last year for lack of funding.',
    es: 'Las alertas tempranas fueron desatendidas por las autoridades locales.',
  },
};
