import type { SentenceTemplates } from './language-pack.ts';

/**
 * English sentence templates, in the register of UN and NGO situation reports. Slots are described in
 * language-pack.ts. Violence and warning sentences are phrased so that the real scorer recognises them; calm
 * sentences are phrased so that it does not, which is what makes the demo's escalations visible.
 */
export const templatesEn: SentenceTemplates = {
  marker: 'Synthetic demonstration report — not real events.',
  kindTitle: { flash: 'Flash update', weekly: 'Weekly update', monthly: 'Monthly monitoring note' },
  headline: {
    calm: ['situation overview', 'routine monitoring', 'stable situation', 'community developments'],
    warning: ['early-warning alert', 'rising tensions', 'protection concerns', 'civic space under pressure'],
    violence: [
      'attacks on civilians',
      'urgent protection alert',
      'violence against civilians',
      'mass displacement',
    ],
  },
  intro: {
    flash: [
      'This flash update concerns events reported in {place} in the last 48 hours.',
      'Field monitors in {place} shared the following information {day}.',
      'The network received urgent reports from {place} and issues this update pending further verification.',
    ],
    weekly: [
      'This weekly update covers developments in {place} and surrounding areas.',
      'The following summarises information gathered by field monitors in {place} over the past seven days.',
      'This update reviews the week in {place}, based on interviews with residents and local partners.',
    ],
    monthly: [
      'This monthly note reviews the situation in {place} over the past four weeks.',
      'The network’s monthly review of {place} draws on field visits and regular calls with community focal points.',
    ],
  },
  calm: {
    development: [
      'A new road linking {place} to the regional capital was opened, cutting travel times for traders and farmers.',
      'Local authorities in {town} launched a school meals programme with support from international partners.',
      'The harvest in {place} was reported to be above average, and prices at the {town} market remained stable.',
      'A water and sanitation project completed in {place} now serves an estimated {many} residents.',
      'Farmers in {place} received improved seed and tools ahead of the planting season.',
      'A vocational training centre opened in {town}, offering young people courses in carpentry, tailoring and mechanics.',
      'Mobile phone coverage was extended to several villages around {town}, according to the local council.',
    ],
    elections: [
      'Municipal elections in {place} were held peacefully, and observers described an orderly count.',
      'Turnout in the local by-election in {town} was high, and all candidates accepted the results.',
      'The electoral commission published the voter register on time, and parties in {place} agreed on a calendar of campaign events.',
      'Voter registration in {place} proceeded smoothly, and civil society groups held information sessions for first-time voters.',
    ],
    'humanitarian-access': [
      'Aid agencies reached all villages in {place} during the period, and a vaccination campaign covered most children under five.',
      'A mobile clinic now visits {town} every week, and health workers observed no unusual disease outbreaks.',
      'Food distributions in {place2} went ahead as planned, with good cooperation from local authorities.',
      'Seasonal rains were close to normal in {place}, and the main water points remained functional.',
      'Families who returned to {place} last year have rebuilt most of their homes with support from a local cooperative.',
    ],
    economy: [
      'The central bank kept interest rates unchanged, and inflation eased for the third consecutive month.',
      'Small businesses in {town} reported a good season, and youth unemployment fell slightly.',
      'Fuel and bread prices remained stable during the period under review.',
      'Cross-border trade through {town} increased, and traders reported shorter waits at the customs post.',
      'A household survey in {place} found incomes recovering, helped by remittances and a good harvest.',
    ],
    dialogue: [
      'Community leaders from {town} and neighbouring villages met to agree on the shared use of pasture and wells.',
      'Religious leaders held a joint interfaith meeting in {town} to promote tolerance ahead of the holidays.',
      'A local peace committee in {place} helped two families settle a boundary disagreement through mediation.',
      'Young people from different communities in {town} organised a football tournament and a cultural festival.',
      'Traditional authorities in {place} met local officials to discuss the upkeep of shared irrigation channels.',
    ],
    institutions: [
      'The national human rights institution opened a new regional office in {town}.',
      'Parliament adopted a law strengthening protection for whistle-blowers and human rights defenders.',
      'Newspapers and radio stations in {town} covered the local council’s budget debate without interference.',
      'A mobile court sat in {town} for a week, clearing a backlog of land and family cases.',
      'The local council in {town} held a public hearing on its budget, attended by some {many} residents.',
    ],
    quiet: [
      'No security incidents affecting civilians were reported in {place} during the period.',
      'Schools and health centres in {place} operated normally throughout the period.',
      'Markets in {town} were busy and movement on the main roads was unrestricted.',
      'Field monitors described a quiet period in {town}, with normal attendance at schools and markets.',
    ],
  },
  warning: {
    'hate-speech': [
      'Monitors recorded a sharp rise in hate speech on social media targeting {group}, including calls to drive them out of {place}.',
      'At a rally in {town}, {official} described {group} as traitors and a threat to the nation.',
      'Leaflets circulated in {place} accused {group} of stealing land and told them to leave or face the consequences.',
      'A local radio station in {town} broadcast messages referring to {groupName} families as cockroaches.',
      'Posts shared widely in {town} called {groupName} families infiltrators and urged residents to boycott their shops.',
    ],
    'press-freedom': [
      '{few} journalists were arrested in {town} after reporting on the security operation, and an independent radio station was shut down.',
      'A reporter covering the protests in {place} was detained for {days} without charge.',
      'The media regulator suspended the licences of {few} independent outlets for allegedly spreading false information.',
      'The last independent newspaper in {town} stopped printing after its editor received death threats.',
    ],
    'internet-shutdown': [
      'Authorities cut mobile internet and telephone lines in {place}, making it difficult to verify reports from the area.',
      'An internet shutdown imposed in {place} {day} remains in place, and social media platforms are blocked.',
    ],
    mobilisation: [
      'Local officials in {place} have begun arming self-defence groups, and young men are being recruited into militias.',
      'Residents reported convoys of armed men and pick-up trucks mounted with heavy weapons moving towards {town}.',
      'Thousands of troops and armoured vehicles were deployed to {place} {day}, according to residents.',
      'The governor called on young men in {place} to join the local defence militias.',
    ],
    'emergency-measures': [
      'The government declared a state of emergency in {place} and imposed a dusk-to-dawn curfew.',
      'Parliament passed an emergency law allowing detention without charge for up to 90 days.',
      'A new decree bans public gatherings in {place} and gives the army powers of arrest.',
    ],
    'civic-space': [
      'The authorities suspended the operations of {few} NGOs working in {place} and expelled two senior aid officials.',
      'Under a new foreign agents law, dozens of civil society organisations were deregistered.',
      'Human rights defenders in {town} reported being followed and threatened after meeting the monitoring team.',
    ],
    'arbitrary-detention': [
      'Security forces carried out mass arrests in {place}, and at least {n} young men remain in detention without access to lawyers.',
      'Opposition members were detained in night-time raids in {town}, and their families have not been told where they are held.',
      'Some {n} people were detained in mass arrests in {place}, and most are being held incommunicado.',
    ],
    'intercommunal-tension': [
      'Clashes over land between farmers and herders were reported in {place}, and several homes were burned.',
      'Community leaders in {place} warned that what began as a political dispute is taking on an ethnic dimension.',
      'Members of the {groupName} ethnic minority in {place} face growing discrimination in access to land, jobs and public services.',
    ],
    crackdown: [
      'The authorities intensified the crackdown on dissent in {place}, arresting opposition members and student leaders.',
      'Police used tear gas and live ammunition to disperse a protest in {town}, injuring {n} people.',
      'Student leaders in {town} were charged with terrorism after organising a peaceful sit-in.',
    ],
  },
  violence: {
    killings: [
      'At least {n} civilians, including {few} children, were killed when {actors} opened fire on the market in {town}.',
      '{actors} attacked villages in {place} {day}, killing at least {n} civilians and wounding many more.',
      'The bodies of {n} men were found on the outskirts of {town}; witnesses said they had been executed after being taken from their homes.',
      'Residents of {place} described a massacre in which {n} villagers were killed over two days.',
      'Gunmen on motorbikes killed {n} people at a funeral in {place} {day}.',
      'At least {n} civilians were killed in {place} over the week, according to local health workers.',
    ],
    'targeted-killings': [
      'Witnesses said {n} men from the {groupName} ethnic minority were shot dead at a checkpoint outside {town}.',
      'Survivors reported that fighters separated men and boys belonging to the {groupName} minority from the women and executed them near {town}.',
    ],
    displacement: [
      'More than {many} people were forcibly displaced from {place} after {actors} burned homes and threatened residents.',
      '{actors} gave families in {place} 48 hours to leave, warning that anyone who stayed would be killed.',
      'Displaced families arriving in {place2} said {actors} had burned down their homes in {place}.',
      'Aid agencies registered {many} newly displaced people in {place2}, most of them women and children who fled attacks on their villages.',
    ],
    'sexual-violence': [
      'Health workers in {town} treated {few} women and girls who said they had been raped by {actors}.',
      'The monitoring team received credible reports of rape and other sexual violence against women from the {groupName} minority at checkpoints in {place}.',
    ],
    'attacks-on-hospitals-and-schools': [
      'The hospital in {town} was hit by shelling {day}, killing {few} patients and forcing the remaining staff to evacuate.',
      '{actors} attacked a school in {place}, and the building has since been used as a military base.',
      'A health centre in {place} was looted and set on fire, leaving some {many} people without medical care.',
    ],
    'child-recruitment': [
      'Parents in {place} said {actors} had forcibly recruited boys as young as 14 from their schools.',
      'The task force verified the recruitment and use of {n} children by armed groups in {place}.',
      '{actors} forcibly recruited {few} children from schools in {town} and are using them at checkpoints, according to parents.',
    ],
    disappearances: [
      'At least {few} community leaders from {place} have disappeared after being detained by {actors}, and their whereabouts remain unknown.',
      'Families in {town} are searching for {n} relatives who were abducted by armed men; their fate and whereabouts remain unknown.',
    ],
    pillage: [
      'After taking {town}, fighters looted homes, shops and the grain stores.',
      '{actors} looted livestock and burned granaries in villages across {place}.',
    ],
    'attacks-on-aid-and-peacekeepers': [
      'A humanitarian convoy carrying food to {place} was ambushed and looted, and {few} aid workers were abducted.',
      '{few} peacekeepers were killed when their patrol was ambushed near {town}.',
      'Authorities blocked aid convoys bound for {place} for a third consecutive week, and residents are running out of food.',
    ],
    torture: [
      'Former detainees released in {town} described being beaten, given electric shocks and held in overcrowded cells.',
    ],
    bombardment: [
      'An airstrike hit a crowded market in {town}, killing at least {n} people.',
      'Artillery shelling of residential areas of {town} killed {n} civilians, in what observers described as indiscriminate attacks.',
      'Drone strikes on {town} destroyed homes and a water station, killing {n} civilians.',
    ],
  },
  denial: [
    'The army denied that its soldiers had killed civilians in {place}, saying those killed were fighters.',
    'Officials rejected reports that aid convoys to {place} had been blocked.',
    'The regional governor rejected the allegations of mass arrests in {town} as fabricated.',
    'No civilian casualties were reported in {place2}, where the situation remained tense.',
    'A spokesperson for the armed forces denied any involvement in the disappearances.',
  ],
  trigger: {
    coup: {
      onset: [
        'The military seized power in a coup {day}, detained the president and suspended the constitution.',
      ],
      after: [
        'Since the coup, the junta has ruled by decree, dissolved parliament and banned political parties.',
        'The military authorities have postponed any return to civilian rule and replaced elected governors with officers.',
      ],
    },
    'disputed-election': {
      onset: [
        'The opposition rejected the official results of the presidential election, citing widespread fraud, and called its supporters onto the streets.',
      ],
      after: [
        'Protests over the disputed election results continued in {town}, and several opposition leaders have been arrested.',
        'The electoral crisis has deepened, with both candidates claiming victory and security forces deployed in the capital.',
      ],
    },
    'state-of-emergency': {
      onset: [
        'The president declared a nationwide state of emergency after a wave of attacks, suspending several constitutional guarantees.',
      ],
      after: [
        'The state of emergency was extended for another 30 days, and the army retains policing powers in {place}.',
      ],
    },
    'peace-agreement': {
      onset: [
        'The government and the main armed group signed a peace agreement providing for a permanent ceasefire and a timetable for disarmament.',
      ],
      after: [
        'The ceasefire has largely held since the peace agreement was signed, and demobilisation is under way in {place}.',
        'Displaced families have begun returning to {place} under the voluntary return programme agreed in the peace accord.',
      ],
    },
  },
  closing: [
    'The network will continue to monitor the situation and will issue further updates as information is verified.',
    'Information in this report was confirmed by at least two independent sources unless otherwise stated.',
    'Figures are provisional and may be revised as access improves.',
    'Partners are encouraged to share any additional information through the usual channels.',
  ],
};
