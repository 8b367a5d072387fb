import type { SentenceTemplates } from './language-pack.ts';

/**
 * Plantillas en español, con el registro de los informes de situación de defensorías, ONG y agencias de la ONU
 * en América Latina. Las claves de tema coinciden con las inglesas porque se convierten en etiquetas.
 */
export const templatesEs: SentenceTemplates = {
  marker: 'Informe sintético de demostración — no describe hechos reales.',
  kindTitle: { flash: 'Alerta rápida', weekly: 'Boletín semanal', monthly: 'Nota mensual de monitoreo' },
  headline: {
    calm: ['panorama de la situación', 'monitoreo de rutina', 'situación estable', 'avances comunitarios'],
    warning: [
      'alerta temprana',
      'aumento de tensiones',
      'riesgos de protección',
      'restricciones al espacio cívico',
    ],
    violence: [
      'ataques contra la población civil',
      'alerta urgente de protección',
      'violencia contra civiles',
      'desplazamiento masivo',
    ],
  },
  intro: {
    flash: [
      'Esta alerta se refiere a hechos ocurridos en {place} en las últimas 48 horas.',
      'Monitores de campo en {place} reportaron la siguiente información {day}.',
      'La red recibió denuncias urgentes desde {place} y emite esta alerta mientras avanza la verificación.',
    ],
    weekly: [
      'Este boletín resume la situación en {place} y zonas aledañas durante la última semana.',
      'La siguiente información fue recogida por monitores de campo en {place} en los últimos siete días.',
      'El boletín repasa la semana en {place}, a partir de entrevistas con habitantes y organizaciones locales.',
    ],
    monthly: [
      'Esta nota mensual revisa la situación en {place} durante las últimas cuatro semanas.',
      'La revisión mensual de {place} se basa en visitas de terreno y llamadas periódicas con enlaces comunitarios.',
    ],
  },
  calm: {
    development: [
      'Se inauguró la carretera que une {place} con la capital departamental, lo que reduce los tiempos de viaje de comerciantes y productores.',
      'La alcaldía de {town} puso en marcha un programa de alimentación escolar con apoyo de la cooperación internacional.',
      'La cosecha de café en {place} fue mejor que la del ciclo anterior y los precios en el mercado de {town} se mantuvieron estables.',
      'Un proyecto de agua potable terminado en {place} beneficia ya a unas {many} personas.',
      'Productores de {place} recibieron semillas mejoradas y herramientas antes de la temporada de siembra.',
      'Abrió en {town} un centro de formación técnica que ofrece a jóvenes cursos de carpintería, costura y mecánica.',
      'La cobertura de telefonía celular llegó a varias comunidades rurales de {town}, según la alcaldía.',
    ],
    elections: [
      'Las elecciones municipales en {place} transcurrieron con normalidad y la misión de observación destacó un escrutinio ordenado.',
      'La participación en la consulta local de {town} fue alta y todas las candidaturas aceptaron los resultados.',
      'El órgano electoral publicó el padrón a tiempo y los partidos de {place} acordaron un calendario de actos de campaña.',
      'La inscripción de votantes en {place} avanzó sin contratiempos y organizaciones sociales ofrecieron charlas para quienes votan por primera vez.',
    ],
    'humanitarian-access': [
      'Las organizaciones humanitarias llegaron a todas las comunidades de {place} y la jornada de vacunación cubrió a la mayoría de los menores de cinco años.',
      'Una brigada de salud visita {town} cada semana y el personal sanitario no observó brotes inusuales de enfermedades.',
      'Las entregas de alimentos en {place2} se realizaron según lo previsto, con buena coordinación con las autoridades locales.',
      'Las lluvias de temporada fueron normales en {place} y los principales acueductos veredales siguen funcionando.',
      'Las familias que retornaron a {place} el año pasado han reconstruido la mayoría de sus viviendas con apoyo de una cooperativa local.',
    ],
    economy: [
      'El banco central mantuvo las tasas de interés y la inflación bajó por tercer mes consecutivo.',
      'Los pequeños comercios de {town} reportaron una buena temporada y el desempleo juvenil bajó levemente.',
      'Los precios del combustible y de la canasta básica se mantuvieron estables durante el periodo.',
      'El comercio fronterizo por {town} aumentó y los transportistas reportaron menos demoras en la aduana.',
      'Una encuesta de hogares en {place} muestra una recuperación de los ingresos, gracias a las remesas y a una buena cosecha.',
    ],
    dialogue: [
      'Líderes comunitarios de {town} y de las comunidades vecinas se reunieron para acordar el uso compartido de los potreros y las fuentes de agua.',
      'Autoridades religiosas de distintas iglesias celebraron un encuentro interreligioso en {town} para promover la convivencia.',
      'Un comité local de convivencia en {place} ayudó a dos familias a resolver un desacuerdo sobre linderos mediante el diálogo.',
      'Jóvenes de distintos barrios de {town} organizaron un torneo de fútbol y un festival cultural.',
      'Autoridades tradicionales de {place} se reunieron con la alcaldía para acordar el mantenimiento de los canales de riego.',
    ],
    institutions: [
      'La Defensoría del Pueblo abrió una nueva oficina regional en {town}.',
      'El Congreso aprobó una ley que refuerza la protección de denunciantes y personas defensoras de derechos humanos.',
      'Los periódicos y las radios comunitarias de {town} cubrieron el debate del presupuesto municipal sin interferencias.',
      'Una jornada móvil de justicia atendió en {town} durante una semana casos pendientes de tierras y de familia.',
      'El concejo municipal de {town} realizó una audiencia pública sobre el presupuesto, con la asistencia de unas {many} personas.',
    ],
    quiet: [
      'No se registraron incidentes de seguridad que afectaran a la población civil en {place} durante el periodo.',
      'Las escuelas y los puestos de salud de {place} funcionaron con normalidad durante el periodo.',
      'Los mercados de {town} tuvieron buena afluencia y la circulación por las vías principales fue normal.',
      'Los monitores de campo describieron un periodo tranquilo en {town}, con asistencia normal a escuelas y mercados.',
    ],
  },
  warning: {
    'hate-speech': [
      'El monitoreo registró un fuerte aumento del discurso de odio en redes sociales contra {group}, con llamados a expulsarlos de {place}.',
      'En un mitin en {town}, {official} calificó a {group} de traidores y de amenaza para la patria.',
      'Un locutor de una radio local de {town} llamó cucarachas a las familias del pueblo indígena {groupName}.',
      'Mensajes difundidos en redes sociales de {town} llamaron invasores a las familias del pueblo indígena {groupName} y pidieron expulsarlas.',
    ],
    'press-freedom': [
      '{few} periodistas fueron detenidos en {town} tras informar sobre el operativo de seguridad y una radio comunitaria fue clausurada.',
      'Un reportero que cubría las protestas en {place} permaneció detenido {days} sin que se le imputaran cargos.',
      'El ente regulador suspendió las licencias de {few} medios independientes por supuesta difusión de información falsa.',
      'El último periódico independiente de {town} dejó de circular después de que su director recibiera amenazas de muerte.',
    ],
    'internet-shutdown': [
      'Las autoridades cortaron el internet móvil y las líneas telefónicas en {place}, lo que dificulta verificar lo que ocurre en la zona.',
      'Persiste el corte de internet impuesto en {place} {day} y las redes sociales siguen bloqueadas.',
    ],
    mobilisation: [
      'Autoridades locales de {place} comenzaron a armar grupos de autodefensa y hay reclutamiento de jóvenes para las milicias.',
      'Habitantes reportaron el paso de camionetas con hombres armados y armamento pesado hacia {town}.',
      'Miles de soldados y vehículos blindados fueron desplegados en {place} {day}, según los pobladores.',
    ],
    'emergency-measures': [
      'El gobierno declaró el estado de excepción en {place} e impuso el toque de queda nocturno.',
      'El Congreso aprobó una ley de emergencia que permite la detención sin cargos hasta por 90 días.',
      'Un nuevo decreto prohíbe las reuniones públicas en {place} y otorga al ejército facultades de detención.',
    ],
    'civic-space': [
      'Las autoridades suspendieron las operaciones de {few} ONG que trabajaban en {place} y expulsaron a dos funcionarios de organismos humanitarios.',
      'Con la nueva ley de agentes extranjeros, decenas de organizaciones de la sociedad civil perdieron su personería jurídica.',
      'Panfletos firmados por un grupo armado declararon objetivo militar a los líderes sociales de {place}.',
      'Comerciantes y transportadores de {town} denunciaron extorsiones y amenazas de {actors}.',
    ],
    'arbitrary-detention': [
      'Las fuerzas de seguridad realizaron detenciones masivas en {place} y al menos {n} jóvenes siguen detenidos sin acceso a un abogado.',
      'Dirigentes de la oposición fueron detenidos en allanamientos nocturnos en {town} y sus familias desconocen dónde se encuentran.',
      'Unas {n} personas fueron privadas de la libertad en detenciones masivas en {place} y la mayoría permanece incomunicada.',
    ],
    'intercommunal-tension': [
      'Las disputas por la tierra entre comunidades y una empresa minera provocaron enfrentamientos violentos en {place}.',
      'Líderes comunitarios de {place} advirtieron que lo que empezó como una disputa política ha adquirido una dimensión étnica.',
      'Las familias del pueblo indígena {groupName} en {place} sufren una discriminación creciente en el acceso a la tierra, el empleo y los servicios públicos.',
    ],
    crackdown: [
      'Las autoridades intensificaron la represión contra la disidencia en {place} y detuvieron a opositores y dirigentes estudiantiles.',
      'La policía usó gases lacrimógenos y munición real para dispersar una protesta en {town}, con un saldo de {n} heridos.',
      'Dirigentes estudiantiles de {town} fueron acusados de terrorismo tras organizar una protesta pacífica.',
    ],
  },
  violence: {
    killings: [
      'Al menos {n} civiles, entre ellos {few} niños, fueron asesinados cuando {actors} dispararon contra el mercado de {town}.',
      '{actors} atacaron las veredas de {place} {day} y asesinaron al menos a {n} civiles.',
      'Los cuerpos de {n} hombres fueron hallados en las afueras de {town}; según testigos, fueron ejecutados después de ser sacados de sus casas.',
      'Habitantes de {place} denunciaron una masacre en la que {n} campesinos fueron asesinados en dos días.',
      'Hombres armados en motocicleta asesinaron a {n} personas durante un velorio en {place} {day}.',
      'En lo que va del trimestre, {few} líderes sociales han sido asesinados en {place}.',
      'Al menos {n} civiles fueron asesinados en {place} durante la semana, según el personal de salud local.',
    ],
    'targeted-killings': [
      'Según testigos, {n} hombres del pueblo indígena {groupName} fueron asesinados en un retén a la salida de {town}.',
      'Los sobrevivientes relataron que los combatientes separaron a los hombres del pueblo indígena {groupName} de las mujeres y los ejecutaron cerca de {town}.',
    ],
    displacement: [
      'Más de {many} personas fueron desplazadas por la fuerza de {place} después de que {actors} quemaran viviendas y amenazaran a los pobladores.',
      '{actors} dieron 48 horas a las familias de {place} para abandonar sus tierras y advirtieron que quien se quedara sería asesinado.',
      'Tres comunidades de {place} se encuentran en situación de confinamiento por la presencia de {actors}.',
      'Las organizaciones humanitarias registraron {many} nuevas personas desplazadas en {place2}, en su mayoría mujeres, niñas y niños que huyeron de los ataques.',
    ],
    'sexual-violence': [
      'El personal de salud de {town} atendió a {few} mujeres y niñas que denunciaron haber sido violadas por {actors}.',
      'El equipo de monitoreo recibió denuncias creíbles de violencia sexual contra mujeres del pueblo indígena {groupName} en los retenes de {place}.',
    ],
    'attacks-on-hospitals-and-schools': [
      'El hospital de {town} fue alcanzado por disparos de mortero {day}, que mataron a {few} pacientes y obligaron a evacuar al personal.',
      '{actors} atacaron una escuela en {place} y desde entonces utilizan el edificio como base.',
      'Un puesto de salud de {place} fue saqueado e incendiado, y unas {many} personas quedaron sin atención médica.',
    ],
    'child-recruitment': [
      'Familias de {place} denunciaron que {actors} reclutaron a la fuerza a niños de 14 años en las escuelas.',
      'Se verificó el reclutamiento y la utilización de {n} niños, niñas y adolescentes por grupos armados en {place}.',
      '{actors} reclutaron a la fuerza a {few} menores en escuelas de {town} y los utilizan en retenes, según denunciaron sus padres.',
    ],
    disappearances: [
      'Al menos {few} líderes sociales de {place} están desaparecidos después de ser detenidos por {actors}, y se desconoce su paradero.',
      'Familias de {town} buscan a {n} personas que, según denuncian, fueron víctimas de desaparición forzada tras ser sacadas de sus casas por hombres armados.',
      'Los equipos de búsqueda hallaron una fosa clandestina con los cuerpos de {n} personas asesinadas en las afueras de {town}.',
    ],
    pillage: [
      'Tras tomar {town}, los combatientes saquearon viviendas, comercios y las bodegas de granos.',
      '{actors} robaron el ganado y quemaron los graneros de las familias de {place}.',
    ],
    'attacks-on-aid-and-peacekeepers': [
      'Un convoy humanitario con alimentos para {place} fue emboscado y saqueado, y {few} cooperantes fueron secuestrados.',
      'Las autoridades bloquearon los convoyes humanitarios con destino a {place} por tercera semana consecutiva y los alimentos escasean.',
    ],
    torture: [
      'Personas liberadas en {town} relataron que fueron golpeadas, sometidas a descargas eléctricas y recluidas en celdas hacinadas.',
    ],
    bombardment: [
      'Un bombardeo alcanzó un mercado concurrido de {town} y mató al menos a {n} personas.',
      'Los ataques con explosivos contra zonas residenciales de {town} dejaron {n} civiles muertos, en lo que observadores calificaron de ataques indiscriminados.',
      'Ataques con drones contra {town} destruyeron viviendas y una planta de agua y mataron a {n} civiles.',
    ],
  },
  denial: [
    'El ejército negó que sus soldados hubieran asesinado a civiles en {place} y afirmó que los muertos eran combatientes.',
    'Las autoridades rechazaron los informes sobre el bloqueo de convoyes humanitarios hacia {place}.',
    'El gobernador desmintió las denuncias de detenciones masivas en {town} y las calificó de falsas.',
    'No se registraron víctimas civiles en {place2}, donde la situación sigue siendo tensa.',
    'Un vocero de las fuerzas armadas negó cualquier participación en las desapariciones.',
  ],
  trigger: {
    coup: {
      onset: [
        'Los militares tomaron el poder en un golpe de Estado {day}, detuvieron al presidente y suspendieron la constitución.',
      ],
      after: [
        'Desde el golpe, la junta gobierna por decreto, disolvió el Congreso y prohibió los partidos políticos.',
      ],
    },
    'disputed-election': {
      onset: [
        'La oposición desconoció los resultados oficiales de la elección presidencial, denunció un fraude generalizado y convocó a sus simpatizantes a las calles.',
      ],
      after: [
        'Continúan en {town} las protestas por los resultados electorales impugnados y varios dirigentes opositores han sido detenidos.',
        'La crisis postelectoral se agrava: ambos candidatos se proclaman ganadores y las fuerzas de seguridad patrullan la capital.',
      ],
    },
    'state-of-emergency': {
      onset: [
        'El presidente decretó el estado de excepción en todo el país tras una ola de ataques y suspendió varias garantías constitucionales.',
      ],
      after: [
        'El régimen de excepción fue prorrogado por otros 30 días y el ejército mantiene funciones de seguridad ciudadana en {place}.',
      ],
    },
    'peace-agreement': {
      onset: [
        'El gobierno y el principal grupo armado firmaron un acuerdo de paz que incluye un cese al fuego definitivo y un calendario de dejación de armas.',
      ],
      after: [
        'El cese al fuego se ha mantenido en general desde la firma del acuerdo de paz y avanza la reincorporación de excombatientes en {place}.',
        'Familias que habían huido empiezan a retornar a {place} en el marco del programa de retorno voluntario pactado en el acuerdo.',
      ],
    },
  },
  closing: [
    'La red continuará el monitoreo y emitirá nuevas actualizaciones a medida que se verifique la información.',
    'Salvo indicación contraria, la información de este informe fue confirmada por al menos dos fuentes independientes.',
    'Las cifras son preliminares y podrán ajustarse a medida que mejore el acceso.',
    'Se invita a las organizaciones socias a compartir información adicional por los canales habituales.',
  ],
};
