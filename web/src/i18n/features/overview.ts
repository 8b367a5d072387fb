import { defineMessages } from './define.ts';

// Strings of the overview page, written for each language (not translated word by word).
export const overviewMessages = defineMessages(
  {
    'overview.title': 'Overview',
    'overview.welcome': 'Welcome, {username}.',
    'overview.intro': 'Which countries are at risk of atrocity crimes, which are getting worse, and why.',
    'overview.asOf': 'As of',
    'overview.asOfHelp': 'Scores as they stood at the end of this day.',
    'overview.asOfLatest': 'Latest',

    'overview.empty.title': 'No country is scored yet',
    'overview.empty.body':
      'No report has been loaded up to {date}. An empty overview does not mean low risk: it means Atalaya has nothing to assess yet.',
    'overview.empty.ingest': 'Load reports on the Ingest page',
    'overview.empty.viewer': 'Ask an analyst to load reports.',

    'overview.synthetic.badge': 'Synthetic',
    'overview.synthetic.title': 'These figures rest on synthetic demo reports',
    'overview.synthetic.notice':
      '{count} of these countries are scored from synthetic demo reports, marked “Synthetic”. Their figures describe no real events: use them to try Atalaya, never to assess a country.',

    'overview.level.low': 'Low',
    'overview.level.moderate': 'Moderate',
    'overview.level.high': 'High',
    'overview.level.very_high': 'Very high',

    'overview.map.title': 'Risk map',
    'overview.map.label':
      'World map of atrocity risk as of {date}. {scored} countries scored: {very_high} very high, {high} high, {moderate} moderate, {low} low. Countries without reports are grey and hatched. The country ranking below lists every scored country.',
    'overview.map.group': 'Risk map: arrow keys move between scored countries',
    'overview.map.help':
      'Point at a country for its figures, or focus the map and use the arrow keys to go from one scored country to the next, highest risk first. Click or press Enter to open the country.',
    'overview.map.legend': 'Risk level (score 0–100)',
    'overview.map.noData': 'No reports',
    'overview.map.offMap': 'Scored, but too small to draw at this scale:',
    'overview.map.noIso': 'No ISO 3166 code: not scored separately',
    'overview.map.loadFailed': 'The map could not be drawn. The ranking below has every figure.',
    'overview.map.announce': '{name}: score {score}, {level}, {change} in 30 days.',
    'overview.tooltip.score': 'Score {score}',
    'overview.tooltip.change': '{change} in 30 days',
    'overview.tooltip.open': 'Click or press Enter to open',

    'overview.ranking.title': 'Country ranking',
    'overview.ranking.caption': 'Countries with reports, as of {date}',
    'overview.filter.region': 'Region',
    'overview.filter.anyRegion': 'All regions',
    'overview.filter.level': 'Level',
    'overview.filter.anyLevel': 'All levels',
    'overview.filter.crime': 'Crime',
    'overview.filter.anyCrime': 'Any crime',
    'overview.filter.crimeHelp':
      'A crime keeps countries where its value is at least {min}, strongest first.',
    'overview.filter.count': 'Showing {shown} of {total} countries.',
    'overview.filter.none': 'No country matches these filters.',
    'overview.filter.clear': 'Clear filters',
    'overview.region.africa': 'Africa',
    'overview.region.americas': 'Americas',
    'overview.region.asia': 'Asia',
    'overview.region.europe': 'Europe',
    'overview.region.oceania': 'Oceania',
    'overview.region.antarctic': 'Antarctic',

    'overview.col.country': 'Country',
    'overview.col.score': 'Score',
    'overview.col.level': 'Level',
    'overview.col.change': '30-day change',
    'overview.col.trend': 'Last 12 months',
    'overview.col.factors': 'Top risk factors',
    'overview.col.lastReport': 'Last report',
    'overview.col.structural': 'Structural risk',
    'overview.col.structuralHelp':
      'The Early Warning Project’s statistical forecast: the probability of a new onset of mass killing, where imported.',
    'overview.col.crime': '{crime} (0–1)',
    'overview.structural.value': '{risk} · rank {rank}',
    'overview.structural.title': '{source}, forecast for {window} (data of {year})',
    'overview.structural.none': 'not imported',
    'overview.structural.noneImported':
      'Structural risk: no Early Warning Project forecast has been imported (an administrator can import one with the command line).',
    'overview.factors.none': 'none',
    'overview.spark.label':
      'Score over the last 12 months: {first} at the end of {from}, {last} on {to}; lowest {min}, highest {max}.',
    'overview.spark.none': 'No history',
    'overview.spark.loading': 'Loading the 12-month trend…',
    'overview.spark.failed': 'The 12-month trends could not be loaded; every other figure is up to date.',

    'overview.server': 'Server',
    'overview.status': 'Status',
    'overview.statusOk': 'Running',
    'overview.database': 'Database',
    'overview.version': 'Version',
    'overview.checkedAt': 'Last checked',
  },
  {
    'overview.title': 'Panorama',
    'overview.welcome': 'Le damos la bienvenida, {username}.',
    'overview.intro': 'Qué países están en riesgo de crímenes atroces, cuáles empeoran y por qué.',
    'overview.asOf': 'Fecha de corte',
    'overview.asOfHelp': 'Puntuaciones tal como estaban al final de ese día.',
    'overview.asOfLatest': 'Más reciente',

    'overview.empty.title': 'Todavía no hay ningún país evaluado',
    'overview.empty.body':
      'No se ha cargado ningún informe hasta el {date}. Un panorama vacío no significa riesgo bajo: significa que Atalaya todavía no tiene nada que evaluar.',
    'overview.empty.ingest': 'Cargue informes en la página de Ingreso',
    'overview.empty.viewer': 'Pida a un analista que cargue informes.',

    'overview.synthetic.badge': 'Sintético',
    'overview.synthetic.title': 'Estas cifras se basan en informes de demostración sintéticos',
    'overview.synthetic.notice':
      '{count} de estos países se evalúan con informes de demostración sintéticos, marcados como «Sintético». Sus cifras no describen hechos reales: sirven para probar Atalaya, nunca para evaluar un país.',

    'overview.level.low': 'Bajo',
    'overview.level.moderate': 'Moderado',
    'overview.level.high': 'Alto',
    'overview.level.very_high': 'Muy alto',

    'overview.map.title': 'Mapa de riesgo',
    'overview.map.label':
      'Mapa mundial del riesgo de crímenes atroces al {date}. {scored} países evaluados: {very_high} con riesgo muy alto, {high} alto, {moderate} moderado y {low} bajo. Los países sin informes aparecen en gris rayado. La clasificación de abajo incluye todos los países evaluados.',
    'overview.map.group': 'Mapa de riesgo: las flechas recorren los países evaluados',
    'overview.map.help':
      'Señale un país para ver sus cifras, o enfoque el mapa y use las flechas para pasar de un país evaluado al siguiente, del riesgo más alto al más bajo. Haga clic o pulse Intro para abrir el país.',
    'overview.map.legend': 'Nivel de riesgo (puntuación de 0 a 100)',
    'overview.map.noData': 'Sin informes',
    'overview.map.offMap': 'Evaluados, pero demasiado pequeños para dibujarse a esta escala:',
    'overview.map.noIso': 'Sin código ISO 3166: no se evalúa por separado',
    'overview.map.loadFailed':
      'No se pudo dibujar el mapa. La clasificación de abajo tiene todas las cifras.',
    'overview.map.announce': '{name}: puntuación {score}, {level}, {change} en 30 días.',
    'overview.tooltip.score': 'Puntuación {score}',
    'overview.tooltip.change': '{change} en 30 días',
    'overview.tooltip.open': 'Haga clic o pulse Intro para abrir',

    'overview.ranking.title': 'Clasificación de países',
    'overview.ranking.caption': 'Países con informes, al {date}',
    'overview.filter.region': 'Región',
    'overview.filter.anyRegion': 'Todas las regiones',
    'overview.filter.level': 'Nivel',
    'overview.filter.anyLevel': 'Todos los niveles',
    'overview.filter.crime': 'Crimen',
    'overview.filter.anyCrime': 'Cualquier crimen',
    'overview.filter.crimeHelp':
      'Un crimen deja los países cuyo valor para él es de al menos {min}, de mayor a menor.',
    'overview.filter.count': 'Se muestran {shown} de {total} países.',
    'overview.filter.none': 'Ningún país cumple estos filtros.',
    'overview.filter.clear': 'Quitar filtros',
    'overview.region.africa': 'África',
    'overview.region.americas': 'América',
    'overview.region.asia': 'Asia',
    'overview.region.europe': 'Europa',
    'overview.region.oceania': 'Oceanía',
    'overview.region.antarctic': 'Antártida',

    'overview.col.country': 'País',
    'overview.col.score': 'Puntuación',
    'overview.col.level': 'Nivel',
    'overview.col.change': 'Cambio en 30 días',
    'overview.col.trend': 'Últimos 12 meses',
    'overview.col.factors': 'Principales factores de riesgo',
    'overview.col.lastReport': 'Último informe',
    'overview.col.structural': 'Riesgo estructural',
    'overview.col.structuralHelp':
      'El pronóstico estadístico del Early Warning Project: la probabilidad de que comience una nueva matanza masiva, cuando se ha importado.',
    'overview.col.crime': '{crime} (0–1)',
    'overview.structural.value': '{risk} · puesto {rank}',
    'overview.structural.title': '{source}, pronóstico para {window} (datos de {year})',
    'overview.structural.none': 'sin importar',
    'overview.structural.noneImported':
      'Riesgo estructural: no se ha importado ningún pronóstico del Early Warning Project (un administrador puede importarlo desde la línea de comandos).',
    'overview.factors.none': 'ninguno',
    'overview.spark.label':
      'Puntuación en los últimos 12 meses: {first} a fines de {from}, {last} el {to}; mínima {min}, máxima {max}.',
    'overview.spark.none': 'Sin historial',
    'overview.spark.loading': 'Cargando la tendencia de 12 meses…',
    'overview.spark.failed':
      'No se pudieron cargar las tendencias de 12 meses; el resto de las cifras está al día.',

    'overview.server': 'Servidor',
    'overview.status': 'Estado',
    'overview.statusOk': 'En funcionamiento',
    'overview.database': 'Base de datos',
    'overview.version': 'Versión',
    'overview.checkedAt': 'Última comprobación',
  },
);
