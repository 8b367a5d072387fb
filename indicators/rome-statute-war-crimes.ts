import type { RomeStatuteAct } from './rome-statute-acts.ts';

/**
 * The war crimes of art. 8(2)(a), (b), (c) and (e), split from rome-statute-acts.ts only for size. Titles
 * shorten the official texts; see that file for the conventions.
 */

const w = (code: string, en: string, es: string): RomeStatuteAct => ({
  code,
  crime: 'war_crimes',
  title: { en, es },
});

export const graveBreaches: readonly RomeStatuteAct[] = [
  w('8(2)(a)(i)', 'Wilful killing', 'Matar intencionalmente'),
  w(
    '8(2)(a)(ii)',
    'Torture or inhuman treatment, including biological experiments',
    'Tortura u otros tratos inhumanos, incluidos los experimentos biológicos',
  ),
  w(
    '8(2)(a)(iii)',
    'Wilfully causing great suffering, or serious injury to body or health',
    'Infligir deliberadamente grandes sufrimientos o atentar gravemente contra la integridad física o la salud',
  ),
  w(
    '8(2)(a)(iv)',
    'Extensive destruction and appropriation of property not justified by military necessity',
    'Destrucción y apropiación de bienes a gran escala no justificadas por necesidades militares',
  ),
  w(
    '8(2)(a)(v)',
    'Compelling a prisoner of war or other protected person to serve in the forces of a hostile Power',
    'Obligar a un prisionero de guerra u otra persona protegida a prestar servicio en las fuerzas de una Potencia enemiga',
  ),
  w(
    '8(2)(a)(vi)',
    'Wilfully depriving a prisoner of war or other protected person of a fair and regular trial',
    'Privar deliberadamente a un prisionero de guerra u otra persona protegida de un juicio justo e imparcial',
  ),
  w(
    '8(2)(a)(vii)',
    'Unlawful deportation or transfer, or unlawful confinement',
    'Deportación, traslado o confinamiento ilegales',
  ),
  w('8(2)(a)(viii)', 'Taking of hostages', 'Toma de rehenes'),
];

export const internationalConflict: readonly RomeStatuteAct[] = [
  w(
    '8(2)(b)(i)',
    'Intentionally directing attacks against the civilian population',
    'Dirigir intencionalmente ataques contra la población civil',
  ),
  w(
    '8(2)(b)(ii)',
    'Intentionally directing attacks against civilian objects',
    'Dirigir intencionalmente ataques contra objetos civiles',
  ),
  w(
    '8(2)(b)(iii)',
    'Attacks against humanitarian assistance or peacekeeping missions',
    'Ataques contra misiones de mantenimiento de la paz o de asistencia humanitaria',
  ),
  w(
    '8(2)(b)(iv)',
    'Launching an attack knowing it will cause clearly excessive civilian harm or damage to the natural environment',
    'Lanzar un ataque a sabiendas de que causará daños civiles o al medio natural manifiestamente excesivos',
  ),
  w(
    '8(2)(b)(v)',
    'Attacking or bombarding undefended towns, villages, dwellings or buildings',
    'Atacar o bombardear ciudades, aldeas, pueblos o edificios que no estén defendidos',
  ),
  w(
    '8(2)(b)(vi)',
    'Killing or wounding a combatant who has surrendered',
    'Causar la muerte o lesiones a un enemigo que ha depuesto las armas o se ha rendido',
  ),
  w(
    '8(2)(b)(vii)',
    'Improper use of a flag of truce, enemy or UN flag, insignia or uniform, or the Geneva Conventions emblems',
    'Utilizar indebidamente la bandera blanca, la bandera, insignias o uniforme del enemigo o de las Naciones Unidas, o los emblemas de los Convenios de Ginebra',
  ),
  w(
    '8(2)(b)(viii)',
    'Transfer by the Occupying Power of its own civilians into occupied territory, or deportation or transfer of the population of that territory',
    'Traslado por la Potencia ocupante de su población civil al territorio que ocupa, o deportación o traslado de la población de ese territorio',
  ),
  w(
    '8(2)(b)(ix)',
    'Attacks against buildings dedicated to religion, education, art, science or charity, historic monuments and hospitals',
    'Ataques contra edificios dedicados al culto religioso, las artes, las ciencias o la beneficencia, monumentos y hospitales',
  ),
  w(
    '8(2)(b)(x)',
    'Physical mutilation or medical or scientific experiments',
    'Mutilaciones físicas o experimentos médicos o científicos',
  ),
  w(
    '8(2)(b)(xi)',
    'Killing or wounding treacherously individuals belonging to the hostile nation or army',
    'Matar o herir a traición a personas pertenecientes a la nación o al ejército enemigo',
  ),
  w('8(2)(b)(xii)', 'Declaring that no quarter will be given', 'Declarar que no se dará cuartel'),
  w(
    '8(2)(b)(xiii)',
    "Destroying or seizing the enemy's property without imperative military necessity",
    'Destruir o confiscar bienes del enemigo sin que las necesidades de la guerra lo hagan imperativo',
  ),
  w(
    '8(2)(b)(xiv)',
    'Declaring abolished, suspended or inadmissible in court the rights and actions of nationals of the hostile party',
    'Declarar abolidos, suspendidos o inadmisibles ante un tribunal los derechos y acciones de los nacionales de la parte enemiga',
  ),
  w(
    '8(2)(b)(xv)',
    'Compelling nationals of the hostile party to take part in operations of war against their own country',
    'Obligar a los nacionales de la parte enemiga a participar en operaciones bélicas contra su propio país',
  ),
  w('8(2)(b)(xvi)', 'Pillaging a town or place', 'Saquear una ciudad o una plaza'),
  w('8(2)(b)(xvii)', 'Employing poison or poisoned weapons', 'Emplear veneno o armas envenenadas'),
  w(
    '8(2)(b)(xviii)',
    'Employing asphyxiating, poisonous or other gases, and analogous liquids, materials or devices',
    'Emplear gases asfixiantes, tóxicos o similares, o líquidos, materiales o dispositivos análogos',
  ),
  w(
    '8(2)(b)(xix)',
    'Employing bullets which expand or flatten easily in the human body',
    'Emplear balas que se abran o aplasten fácilmente en el cuerpo humano',
  ),
  w(
    '8(2)(b)(xx)',
    'Employing weapons or methods of warfare that cause superfluous injury or are inherently indiscriminate',
    'Emplear armas o métodos de guerra que causen daños superfluos o sufrimientos innecesarios o surtan efectos indiscriminados',
  ),
  w(
    '8(2)(b)(xxi)',
    'Outrages upon personal dignity, in particular humiliating and degrading treatment',
    'Ultrajes contra la dignidad de la persona, en particular tratos humillantes y degradantes',
  ),
  w(
    '8(2)(b)(xxii)',
    'Rape, sexual slavery and other sexual violence',
    'Violación, esclavitud sexual y otras formas de violencia sexual',
  ),
  w(
    '8(2)(b)(xxiii)',
    'Using the presence of civilians or other protected persons to shield military targets',
    'Aprovechar la presencia de civiles u otras personas protegidas para poner a cubierto objetivos militares',
  ),
  w(
    '8(2)(b)(xxiv)',
    'Attacks against medical units, transport and personnel using the Geneva Conventions emblems',
    'Ataques contra edificios, material, unidades y vehículos sanitarios y personal que utiliza los emblemas de los Convenios de Ginebra',
  ),
  w(
    '8(2)(b)(xxv)',
    'Starvation of civilians as a method of warfare, including impeding relief supplies',
    'Provocar intencionalmente la inanición de civiles como método de guerra, incluido obstaculizar los suministros de socorro',
  ),
  w(
    '8(2)(b)(xxvi)',
    'Conscripting or enlisting children under 15 into national armed forces or using them in hostilities',
    'Reclutar o alistar a niños menores de 15 años en las fuerzas armadas nacionales o utilizarlos en las hostilidades',
  ),
];

export const commonArticle3: readonly RomeStatuteAct[] = [
  w(
    '8(2)(c)(i)',
    'Violence to life and person: murder, mutilation, cruel treatment and torture',
    'Actos de violencia contra la vida y la persona: homicidio, mutilaciones, tratos crueles y tortura',
  ),
  w(
    '8(2)(c)(ii)',
    'Outrages upon personal dignity, in particular humiliating and degrading treatment',
    'Ultrajes contra la dignidad personal, en particular tratos humillantes y degradantes',
  ),
  w('8(2)(c)(iii)', 'Taking of hostages', 'Toma de rehenes'),
  w(
    '8(2)(c)(iv)',
    'Sentences and executions without judgement of a regularly constituted court',
    'Condenas y ejecuciones sin sentencia previa de un tribunal constituido regularmente',
  ),
];

export const nonInternationalConflict: readonly RomeStatuteAct[] = [
  w(
    '8(2)(e)(i)',
    'Intentionally directing attacks against the civilian population',
    'Dirigir intencionalmente ataques contra la población civil',
  ),
  w(
    '8(2)(e)(ii)',
    'Attacks against medical units, transport and personnel using the Geneva Conventions emblems',
    'Ataques contra edificios, material, unidades y vehículos sanitarios y personal que utiliza los emblemas de los Convenios de Ginebra',
  ),
  w(
    '8(2)(e)(iii)',
    'Attacks against humanitarian assistance or peacekeeping missions',
    'Ataques contra misiones de mantenimiento de la paz o de asistencia humanitaria',
  ),
  w(
    '8(2)(e)(iv)',
    'Attacks against buildings dedicated to religion, education, art, science or charity, historic monuments and hospitals',
    'Ataques contra edificios dedicados al culto religioso, la educación, las artes, las ciencias o la beneficencia, monumentos y hospitales',
  ),
  w('8(2)(e)(v)', 'Pillaging a town or place', 'Saquear una ciudad o plaza'),
  w(
    '8(2)(e)(vi)',
    'Rape, sexual slavery and other sexual violence',
    'Violación, esclavitud sexual y otras formas de violencia sexual',
  ),
  w(
    '8(2)(e)(vii)',
    'Conscripting or enlisting children under 15 into armed forces or groups or using them in hostilities',
    'Reclutar o alistar niños menores de 15 años en fuerzas armadas o grupos o utilizarlos en hostilidades',
  ),
  w(
    '8(2)(e)(viii)',
    'Ordering the displacement of the civilian population for reasons related to the conflict',
    'Ordenar el desplazamiento de la población civil por razones relacionadas con el conflicto',
  ),
  w(
    '8(2)(e)(ix)',
    'Killing or wounding treacherously a combatant adversary',
    'Matar o herir a traición a un combatiente enemigo',
  ),
  w('8(2)(e)(x)', 'Declaring that no quarter will be given', 'Declarar que no se dará cuartel'),
  w(
    '8(2)(e)(xi)',
    'Physical mutilation or medical or scientific experiments',
    'Mutilaciones físicas o experimentos médicos o científicos',
  ),
  w(
    '8(2)(e)(xii)',
    "Destroying or seizing an adversary's property without imperative necessity of the conflict",
    'Destruir o confiscar bienes del enemigo sin que las necesidades del conflicto lo hagan imperativo',
  ),
];
