import type { BriefingTexts } from './texts-en.ts';

// Escrito para quien lee en español (neutro, como escriben los equipos de derechos humanos de América Latina y
// España), no traducido palabra por palabra del inglés. Los términos jurídicos siguen el texto oficial del
// Estatuto de Roma en español.
export const es: BriefingTexts = {
  locale: 'es',
  title: (country) => `Nota informativa sobre riesgo de crímenes atroces: ${country}`,
  handoutTitle: (country) => `${country}: el riesgo de crímenes atroces, de un vistazo`,
  period: (from, to) => `Período: del ${from} al ${to}`,
  issued: (date) => `Emitida el ${date}`,
  level: { low: 'Bajo', moderate: 'Moderado', high: 'Alto', very_high: 'Muy alto' },
  levelLine: (level, score) => `Nivel de riesgo: ${level} (puntaje ${score} sobre 100)`,
  change: (delta, points, since) =>
    delta > 0
      ? `${points} puntos más que el ${since}`
      : delta < 0
        ? `${points} puntos menos que el ${since}`
        : `sin cambios desde el ${since}`,
  syntheticMark:
    'DATOS SINTÉTICOS: las cifras de esta nota se basan en informes de demostración generados por software, no en hechos reales. No las use para tomar decisiones.',
  redactionNotice: (names) =>
    names > 0
      ? `Protección de fuentes: se quitaron los nombres y enlaces de las fuentes, y ${names === 1 ? 'una mención' : `${names} menciones`} de personas que el equipo de análisis pidió proteger ${names === 1 ? 'se reemplazó' : 'se reemplazaron'} por «[nombre reservado]».`
      : 'Protección de fuentes: se quitaron los nombres y enlaces de las fuentes. Los nombres de testigos y observadores protegidos se reemplazan por «[nombre reservado]» dondequiera que aparezcan.',
  sourcesShown:
    'Esta copia muestra las fuentes. No la comparta con quien no deba saber quién informó de qué.',
  nameWithheld: '[nombre reservado]',
  sourceWithheld: 'fuente reservada',
  sections: {
    summary: 'En pocas palabras',
    trend: 'Cómo ha evolucionado el riesgo',
    riskFactors: 'Señales de alerta encontradas',
    romeStatute: 'Qué podría significar según el derecho internacional',
    jurisdiction: '¿Puede actuar la Corte Penal Internacional?',
    incitement: 'Incitación y discurso de odio',
    actions: 'Qué pueden hacer los líderes religiosos y comunitarios',
    alerts: 'Alertas abiertas',
    watch: 'Qué vigilar a partir de ahora',
    method: 'Cómo se elaboró esta nota',
  },
  summary: (s) =>
    `Atalaya estima que el riesgo de crímenes atroces en ${s.country} es ${s.level.toLowerCase()}: ${s.score} sobre 100 al ${s.date}, ${s.change}. La estimación se basa en ${s.reports} del ${s.from} al ${s.to}.`,
  summaryFactors: (list) => `Las señales de alerta más fuertes son: ${list}.`,
  summaryNoFactors: 'En los informes de este período no destaca con claridad ninguna señal de alerta.',
  summaryCrimes: (list) => `Los hechos descritos se corresponden con patrones de ${list}.`,
  notAFinding:
    'Esta es una estimación de riesgo, hecha para ayudar a prevenir. No afirma que se haya cometido ningún crimen: eso solo puede decidirlo un tribunal.',
  noReports: (country, from, to) =>
    `Atalaya no tiene informes sobre ${country} entre el ${from} y el ${to}, así que no puede decir nada sobre el riesgo en este período.`,
  noReportsHint:
    'Eso no significa que no haya riesgo: significa que nadie ha enviado a Atalaya informes sobre este país para esas fechas.',
  chartAlt: (country, from, to, first, last) =>
    `Gráfico de líneas del puntaje de riesgo de ${country} del ${from} al ${to}, de ${first} a ${last} sobre 100, sobre franjas que marcan los niveles bajo, moderado, alto y muy alto.`,
  chartCaption: 'Puntaje de riesgo, de 0 a 100. Las franjas sombreadas son los cuatro niveles.',
  chartNoData: 'No hay datos que dibujar para este período.',
  rfIntro:
    'El Marco de Análisis de las Naciones Unidas para Crímenes Atroces enumera catorce factores de riesgo. Estos son los que señalan los informes del período, del más fuerte al más débil, con citas breves de los informes.',
  strength: { strong: 'señales fuertes', clear: 'señales claras', weak: 'algunas señales' },
  rfLine: (name, strength) => `${name}: ${strength}`,
  noEvidenceQuote: 'Ninguna frase destaca por sí sola; la señal surge de varios informes a la vez.',
  cite: (title, source, date) => `${title ? `${title}, ` : ''}${source}, ${date}`,
  romeIntro:
    'El Estatuto de Roma de la Corte Penal Internacional define los tres crímenes atroces. Los indicios que siguen apuntan a un RIESGO de que se cometan; si se cometió un crimen, debe decidirlo un tribunal.',
  crime: {
    genocide: {
      name: 'Genocidio',
      explain:
        'actos como matar o causar daños graves a miembros de un grupo nacional, étnico, racial o religioso, con la intención de destruir total o parcialmente a ese grupo.',
    },
    crimes_against_humanity: {
      name: 'Crímenes de lesa humanidad',
      explain:
        'actos graves como el asesinato, la tortura, la violación, el desplazamiento forzado o la persecución, cometidos como parte de un ataque generalizado o sistemático contra la población civil.',
    },
    war_crimes: {
      name: 'Crímenes de guerra',
      explain:
        'violaciones graves de las reglas de la guerra, como atacar a civiles, hospitales o personal humanitario, o maltratar a prisioneros.',
    },
  },
  crimeRisk: (name, articles) => `Riesgo de ${name.toLowerCase()} (${articles})`,
  articleRef: (article) => `Estatuto de Roma, art. ${article}`,
  acts: (list) => `Actos que describen los informes: ${list}.`,
  noCrimeSigns:
    'Los informes de este período no describen ningún acto que apunte con claridad a uno de estos crímenes.',
  jurisdiction: {
    party: (s) =>
      `${s.country} es Estado Parte del Estatuto de Roma: el Estatuto rige allí desde el ${s.inForce}. Por eso la Corte puede juzgar estos crímenes cuando se cometen en su territorio o los cometen sus nacionales desde esa fecha (art. 12).`,
    withdrawing: (s) =>
      `${s.country} sigue siendo Estado Parte del Estatuto de Roma (desde el ${s.inForce}), pero su retiro surte efecto el ${s.withdrawal}. Los crímenes cometidos antes de ese día siguen al alcance de la Corte, aun después del retiro (art. 127).`,
    former_party: (s) =>
      `${s.country} fue Estado Parte desde el ${s.inForce} hasta que su retiro surtió efecto el ${s.withdrawal}. La Corte todavía puede juzgar los crímenes cometidos en esos años (art. 127). Para crímenes posteriores necesita otra base: una remisión del Consejo de Seguridad de la ONU, una declaración de aceptación de su competencia o que el acusado sea nacional de un Estado Parte.`,
    not_party: (s) =>
      `${s.country} no es Estado Parte del Estatuto de Roma. La Corte solo puede actuar si el Consejo de Seguridad de la ONU le remite la situación (art. 13, apartado b), si ${s.country} acepta su competencia mediante una declaración (art. 12, párrafo 3) o si el acusado es nacional de un Estado Parte (art. 12, párrafo 2, apartado b).`,
  },
  declaration: (lodged, from, to) =>
    `El ${lodged} se presentó una declaración de aceptación de la competencia de la Corte (art. 12, párrafo 3) para los crímenes cometidos del ${from} al ${to}.`,
  referral: (resolution, situation, date) =>
    `El Consejo de Seguridad de la ONU remitió ${situation} a la Corte en la resolución ${resolution}, del ${date} (art. 13, apartado b).`,
  courtBasics:
    'La Corte juzga a personas, no a Estados, y solo cuando los tribunales nacionales no pueden o no quieren hacerlo de verdad (art. 17). Cualquier persona puede enviar información a la Fiscalía.',
  tableChecked: (date) =>
    `Estados Partes y fechas según la tabla propia de Atalaya, elaborada a partir de copias públicas de las listas de la CPI y de los tratados de la ONU y revisada por última vez el ${date}. Consulte la lista vigente de la Asamblea de los Estados Partes de la CPI antes de iniciar acciones legales.`,
  incitementIntro:
    'La incitación es el discurso que llama a otros a dañar a un grupo. La instigación directa y pública a cometer genocidio es en sí misma un crimen según el Estatuto de Roma (art. 25, párrafo 3, apartado e), aunque el genocidio no llegue a ocurrir. Los informes contienen estas señales:',
  incitementNone:
    'Los informes de este período no contienen señales claras de incitación ni de discurso de odio.',
  incitementExplain:
    'El discurso de odio que no llama a la violencia no es un crimen según el Estatuto de Roma, pero la ONU lo considera una señal de alerta temprana.',
  actionsIntro:
    'Inspiradas en el Plan de Acción de las Naciones Unidas para Líderes y Actores Religiosos (el Plan de Fez, 2017) y elegidas según las señales de alerta encontradas; algunas son sugerencias propias del equipo en el mismo espíritu.',
  actionsNone:
    'No se encontró ninguna señal concreta; siguen en pie las tareas de siempre: hablar contra el odio, mantener el diálogo entre comunidades y acompañar a las víctimas.',
  alertsNone: 'No hay alertas abiertas para este país.',
  alertLine: (s) => `${s.name}: ${s.metric} en ${s.value}, desde el ${s.since}`,
  watchRising: (name, from, to) => `${name} va en aumento (de ${from} a ${to}).`,
  watchNext: (name, because) => `${name}: todavía no aparece, pero suele venir después de ${because}.`,
  watchNone: 'No destaca nada en particular; siga informando de lo que vea.',
  watchAlways:
    'Preste atención a elecciones, fiestas religiosas, conmemoraciones y detenciones de dirigentes: donde hay tensión, esos hechos suelen desencadenar violencia.',
  method: [
    'Atalaya lee informes de situación y marca las frases que coinciden con los indicadores del Marco de Análisis de las Naciones Unidas para Crímenes Atroces (2014) y con los actos definidos en el Estatuto de Roma.',
    'Cada informe cuenta según la fiabilidad de su fuente, y su peso se desvanece con el tiempo (a la mitad cada 30 días). El puntaje de 0 a 100 sube con la cantidad de factores de riesgo presentes y con su fuerza.',
    'El puntaje ayuda a leer muchos informes a la vez. No es una predicción ni un juicio jurídico. Las citas son extractos breves: lea los informes completos antes de actuar.',
  ],
  methodHandout:
    'Elaborada por Atalaya a partir de informes de situación evaluados según el Marco de Análisis de la ONU (2014) y el Estatuto de Roma. Es una estimación de riesgo, no una conclusión jurídica.',
  sms: {
    line: (s) =>
      `${s.country}: riesgo de crímenes atroces ${s.level.toUpperCase()} (${s.score}/100, ${s.change}) al ${s.date}.`,
    noReports: (country, date) =>
      `${country}: Atalaya no tiene informes de este período (hasta el ${date}) y no puede estimar el riesgo. Sin informes no significa sin riesgo.`,
    signs: (list) => ` Señales: ${list}.`,
    incitement: ' Hay informes de incitación o discurso de odio.',
    act: (action) => ` Qué hacer: ${action}`,
    synthetic: 'DATOS SINTÉTICOS DE DEMOSTRACIÓN. ',
  },
  rfShort: {
    RF1: 'conflicto armado o inestabilidad',
    RF2: 'violaciones graves en el pasado',
    RF3: 'instituciones del Estado débiles',
    RF4: 'motivos para la violencia',
    RF5: 'capacidad de cometer crímenes',
    RF6: 'pocos factores de protección',
    RF7: 'preparativos de violencia',
    RF8: 'hechos desencadenantes',
    RF9: 'tensión y discriminación entre grupos',
    RF10: 'indicios de intención de destruir a un grupo',
    RF11: 'ataques generalizados o sistemáticos contra civiles',
    RF12: 'un plan o política de ataque contra civiles',
    RF13: 'amenazas a personas protegidas en la guerra',
    RF14: 'amenazas al personal humanitario y de paz',
  },
};
