/**
 * Sentences that share words with an atrocity indicator but do not report one: medical, legislative,
 * programme and natural-disaster prose, and the Spanish sense of "violación" as a breach.
 */
export const nearMisses: { lang: 'en' | 'es'; text: string; notFor: string[] }[] = [
  {
    lang: 'en',
    text: 'The minister suffered a heart attack during his visit to the hospital.',
    notFor: ['attacks-on-medical-care', 'attacks-on-civilians'],
  },
  {
    lang: 'en',
    text: 'Parliament killed the bill on police reform, which would have protected civilians.',
    notFor: ['killing-of-civilians'],
  },
  {
    lang: 'en',
    text: 'Floods killed 30 people and displaced thousands of villagers in the delta.',
    notFor: ['killing-of-civilians', 'extermination-mass-killing'],
  },
  {
    lang: 'en',
    text: 'The project was executed ahead of schedule and benefited 3,000 people.',
    notFor: ['killing-of-civilians'],
  },
  {
    lang: 'en',
    text: 'UNFPA held a sexual harassment training workshop for 40 women staff members.',
    notFor: ['rape-and-sexual-violence'],
  },
  {
    lang: 'en',
    text: 'A mass vaccination campaign reached thousands of children in the district.',
    notFor: ['recruitment-of-children', 'extermination-mass-killing', 'mass-mobilisation-of-fighters'],
  },
  {
    lang: 'en',
    text: 'Teachers went on a general strike at the university to demand higher pay.',
    notFor: ['attacks-on-schools-and-education'],
  },
  {
    lang: 'en',
    text: 'Police used tear gas to disperse the protesters in the capital.',
    notFor: ['chemical-weapons-and-gases'],
  },
  {
    lang: 'en',
    text: 'The humanitarian situation worsened after attacks on the road.',
    notFor: ['attacks-on-humanitarian-workers'],
  },
  {
    lang: 'en',
    text: 'He was hospitalized after the attack and later recovered.',
    notFor: ['attacks-on-medical-care'],
  },
  {
    lang: 'en',
    text: 'The Committee on the Elimination of Racial Discrimination reviewed the report on ethnic minorities.',
    notFor: ['discrimination-against-protected-group'],
  },
  {
    lang: 'en',
    text: 'Amnesty International published its annual report on the country.',
    notFor: ['impunity-and-amnesty'],
  },
  {
    lang: 'es',
    text: 'La paciente sufrió un ataque de pánico en el hospital.',
    notFor: ['attacks-on-medical-care', 'attacks-on-civilians'],
  },
  {
    lang: 'es',
    text: 'Se denunciaron violaciones de los derechos humanos contra mujeres indígenas.',
    notFor: ['rape-and-sexual-violence'],
  },
  {
    lang: 'es',
    text: 'Ambas partes violaron el alto el fuego y el acuerdo firmado con las mujeres de la comunidad.',
    notFor: ['rape-and-sexual-violence'],
  },
  {
    lang: 'es',
    text: 'La campaña de vacunación masiva llegó a miles de niños del municipio.',
    notFor: ['recruitment-of-children', 'extermination-mass-killing', 'arbitrary-mass-detention'],
  },
  {
    lang: 'es',
    text: 'El proyecto fue ejecutado con un presupuesto de 3 millones y benefició a 2.000 personas.',
    notFor: ['killing-of-civilians'],
  },
  {
    lang: 'es',
    text: 'Las inundaciones mataron a 30 personas y desplazaron a miles de familias.',
    notFor: ['killing-of-civilians', 'forced-displacement-of-population'],
  },
  {
    lang: 'es',
    text: 'La bomba de agua del hospital fue reparada tras el ataque informático.',
    notFor: ['attacks-on-medical-care'],
  },
  {
    lang: 'es',
    text: 'Amnistía Internacional publicó su informe anual sobre el país.',
    notFor: ['impunity-and-amnesty'],
  },
  {
    lang: 'es',
    text: 'Se realizó un taller de prevención de la violencia sexual con 40 mujeres.',
    notFor: ['rape-and-sexual-violence'],
  },
  {
    lang: 'es',
    text: 'La policía usó gases lacrimógenos para dispersar a los manifestantes.',
    notFor: ['chemical-weapons-and-gases'],
  },
  {
    lang: 'es',
    text: 'Ninguno de los niños del colegio resultó herido.',
    notFor: ['attacks-on-schools-and-education', 'use-of-children-in-hostilities'],
  },
  {
    lang: 'en',
    text: 'Religious leaders from both communities called for peace and condemned the killings.',
    notFor: ['genocide-killing-group-members', 'religious-incitement-to-violence'],
  },
  {
    lang: 'es',
    text: 'Los líderes religiosos de ambas comunidades llamaron a la paz y condenaron los asesinatos.',
    notFor: ['genocide-killing-group-members', 'religious-incitement-to-violence'],
  },
  {
    lang: 'en',
    text: 'The ethnic composition of the parliament remains broadly representative, according to the report.',
    notFor: ['demographic-engineering'],
  },
  {
    lang: 'en',
    text: 'The court sentenced the former commander to 20 years for crimes against humanity committed in 2003.',
    notFor: ['widespread-or-systematic-attack'],
  },
  {
    lang: 'es',
    text: 'El tribunal condenó al excomandante a 20 años por crímenes de lesa humanidad cometidos en 2003.',
    notFor: ['widespread-or-systematic-attack'],
  },
  {
    lang: 'en',
    text: 'The number of displaced people returning home increased in the second quarter.',
    notFor: ['rising-arrests-disappearances-displacement'],
  },
  {
    lang: 'en',
    text: 'UNICEF and partners vaccinated 1.2 million children against measles in the eastern provinces.',
    notFor: ['recruitment-of-children', 'genocide-transfer-of-children'],
  },
  // Exclusions that came with the rules of rule-additions.ts.
  {
    lang: 'en',
    text: 'Nine children were among the fighters killed in the clash at the ridge.',
    notFor: ['killing-of-civilians'],
  },
  {
    lang: 'es',
    text: 'Integrantes del grupo armado quemaron los cultivos y mataron los animales de las familias.',
    notFor: ['killing-of-civilians'],
  },
  {
    lang: 'en',
    text: 'At least 300 detainees died of hunger in the prison, in conditions that were deliberately imposed.',
    notFor: ['starvation-as-method-of-warfare'],
  },
  {
    lang: 'es',
    text: 'Al menos 300 presos murieron de hambre en la cárcel, en condiciones impuestas de forma deliberada.',
    notFor: ['starvation-as-method-of-warfare'],
  },
  {
    lang: 'en',
    text: 'Three soldiers were listed in official reports as killed in action near the border.',
    notFor: ['denial-or-justification-of-atrocities'],
  },
  {
    lang: 'es',
    text: 'Según los informes oficiales, tres soldados murieron en combate cerca de la frontera.',
    notFor: ['denial-or-justification-of-atrocities'],
  },
  {
    lang: 'en',
    text: 'Former fighters who disarm will receive a share of the land under the reintegration plan.',
    notFor: ['land-and-revenue-behind-violence'],
  },
  {
    lang: 'es',
    text: 'Los excombatientes que se desmovilicen recibirán una parte de las tierras del programa de reintegración.',
    notFor: ['land-and-revenue-behind-violence'],
  },
  {
    lang: 'en',
    text: 'The president ordered the transfer of the injured prisoners to the military hospital.',
    notFor: ['coordination-and-central-direction'],
  },
  {
    lang: 'en',
    text: 'The UN closed its office in the city for the holidays.',
    notFor: ['expulsion-of-ngos-and-media'],
  },
  {
    lang: 'en',
    text: 'The new minister is related by blood to the president.',
    notFor: ['supremacist-ideology'],
  },
  {
    lang: 'es',
    text: 'Tras el acuerdo, los desplazados pudieron regresar a su lugar de origen.',
    notFor: ['supremacist-ideology'],
  },
];
