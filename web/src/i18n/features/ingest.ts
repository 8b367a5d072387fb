import { defineMessages } from './define.ts';

// Strings of the ingest page, written for each language (not translated word by word).
export const ingestMessages = defineMessages(
  {
    'ingest.intro':
      'Add situation reports one at a time or in bulk. Each is scored against the indicator catalog when it is stored; a report already stored (same external id, or same text for the same country and date) is recognised and not stored twice.',
    'ingest.viewer.explain':
      'Your role ({role}) can read every report but cannot add them: ingesting is for analysts and administrators.',
    'ingest.viewer.next': 'If you need to add reports, ask an administrator to change your role.',
    'ingest.viewer.reports': 'Read the stored reports',
    'ingest.saving': 'Saving…',
    'ingest.clear': 'Clear the form',
    'ingest.progressLabel': 'Upload progress',

    'ingest.paste.title': 'Paste a report',
    'ingest.paste.help':
      'Fill in the country and date, paste the text, and check the preview before saving. Fields marked * are required.',
    'ingest.paste.save': 'Save report',

    'ingest.field.country': 'Country',
    'ingest.field.countryChoose': 'Choose a country',
    'ingest.field.date': 'Report date',
    'ingest.field.lang': 'Language',
    'ingest.field.langAuto': 'Detect automatically',
    'ingest.field.langHelp': 'English and Spanish are scored; other languages are stored but not scored.',
    'ingest.field.title': 'Title',
    'ingest.field.periodFrom': 'Period covered: from',
    'ingest.field.periodTo': 'Period covered: to',
    'ingest.field.periodHelp': 'Optional. Give both dates or neither.',
    'ingest.field.externalId': 'External id',
    'ingest.field.externalIdHelp':
      'The id the report has in its source system; a second upload with it is a duplicate.',
    'ingest.field.source': 'Source',
    'ingest.field.sourceName': 'Source name',
    'ingest.field.sourceUrl': 'Source URL',
    'ingest.field.sourceUrlHelp': 'A web address starting with http:// or https://.',
    'ingest.field.sourceGrade': 'Reliability of the source',
    'ingest.field.infoGrade': 'Credibility of the information',
    'ingest.field.gradeNone': 'Not graded',
    'ingest.field.gradeHelp':
      'The Admiralty grade (for example B2): a letter for the source, a number for this information. Ungraded sources count as F6, the least weight.',
    'ingest.field.tags': 'Tags',
    'ingest.field.tagsHelp': 'Separate tags with commas.',
    'ingest.field.text': 'Report text',
    'ingest.field.textHelp': 'The full text, exactly as received. It is never shortened.',

    'ingest.error.summary': 'The report was not saved. Check the fields marked below.',
    'ingest.error.countryRequired': 'Choose the country the report is about.',
    'ingest.error.dateRequired': 'Enter the date of the report.',
    'ingest.error.textRequired': 'Paste the text of the report.',
    'ingest.error.fileRequired': 'Choose a file to upload.',
    'ingest.error.periodBoth': 'Give both dates of the period, or neither.',
    'ingest.error.periodOrder': 'The end of the period cannot be before its start.',
    'ingest.error.gradeBoth': 'Choose both parts of the grade (letter and number), or neither.',
    'ingest.error.sourceNameRequired': 'Name the source when you give its URL or grade.',
    'ingest.error.sourceUrl': 'Enter a web address that starts with http:// or https://.',

    'ingest.preview.title': 'Live preview',
    'ingest.preview.help':
      'Scored in your browser with the same engine and catalog as the server. Nothing is saved until you press Save.',
    'ingest.preview.idle': 'Paste a text to see its score.',
    'ingest.preview.loading': 'Loading the scorer…',
    'ingest.preview.failed':
      'The scorer could not be loaded. Check your connection; the report can still be saved.',
    'ingest.preview.status': 'Preview: score {score} ({level}), {hits} hits.',
    'ingest.preview.notScoredStatus': 'Preview: this text would not be scored.',
    'ingest.preview.langDetected': 'Detected language: {lang}.',
    'ingest.preview.langChosen': 'Language: {lang} (as chosen).',
    'ingest.preview.undetermined':
      'The language could not be determined, so the text would not be scored. Choose the language if you know it.',
    'ingest.preview.otherLanguage':
      'This text is in {lang}: it will be stored but not scored, because the catalog covers English and Spanish.',
    'ingest.preview.hits': 'Hits ({count})',
    'ingest.preview.noHits': 'No indicator fires on this text.',

    'ingest.result.stored': 'Report stored.',
    'ingest.result.duplicate': 'Already stored: nothing new was saved.',
    'ingest.result.duplicateHelp':
      'A report with the same external id, or the same text for the same country and date, is already in Atalaya.',
    'ingest.result.score': 'Score {score} ({level}) with {hits} hits that count.',
    'ingest.result.notScored': 'Not scored: the text is in {lang}.',
    'ingest.result.warnings': 'Notes from reading the file: {warnings}',
    'ingest.result.open': 'Open the report',
    'ingest.result.openStored': 'Open the stored report',

    'ingest.file.title': 'Upload a document',
    'ingest.file.intro':
      'One report as a file: its text is extracted (scripts and styles of HTML pages are dropped), scored and stored.',
    'ingest.file.file': 'File',
    'ingest.file.help':
      'Plain text, Markdown, HTML, PDF or Word (DOCX). The title is taken from the document when you leave it empty.',
    'ingest.file.upload': 'Upload and save',

    'ingest.bulk.title': 'Bulk upload',
    'ingest.bulk.intro':
      'Many reports in one file, NDJSON (one JSON report per line) or CSV (a header row, then one report per row). Each line is checked on its own: valid lines are stored even when others are rejected.',
    'ingest.bulk.file': 'NDJSON or CSV file',
    'ingest.bulk.fileHelp': 'Files ending in .ndjson, .jsonl or .csv.',
    'ingest.bulk.format': 'Format',
    'ingest.bulk.formatAuto': 'From the file name',
    'ingest.bulk.unknownFormat': 'The format cannot be told from the file name: choose NDJSON or CSV.',
    'ingest.bulk.upload': 'Upload',
    'ingest.bulk.processing': 'Sent. The server is checking and storing the reports…',
    'ingest.bulk.sent': 'Done: 100% sent and processed.',
    'ingest.bulk.cancelled':
      'Upload cancelled. Lines the server had already stored stay stored; uploading the file again will not duplicate them.',
    'ingest.bulk.summaryTitle': 'Result',
    'ingest.bulk.accepted': 'Stored',
    'ingest.bulk.duplicates': 'Duplicates (not stored again)',
    'ingest.bulk.rejected': 'Rejected lines',
    'ingest.bulk.noErrors': 'Every line was valid.',
    'ingest.bulk.errorsHelp': 'These lines were not stored. Fix them and upload them again.',
    'ingest.bulk.someErrorsListed':
      'The first {listed} of {total} rejected lines are listed. None of them was stored.',
    'ingest.bulk.errorsCaption': 'Rejected lines and what is wrong with each',
    'ingest.bulk.line': 'Line',
    'ingest.bulk.field': 'Field',
    'ingest.bulk.message': 'Problem',

    'ingest.columns.title': 'Expected columns',
    'ingest.columns.help':
      'NDJSON lines use the names of the first column; CSV files use the second as their header row. Unknown columns are rejected, so a typo never loses data silently.',
    'ingest.columns.required': 'Required',
    'ingest.columns.meaning': 'Meaning',
    'ingest.columns.yes': 'Yes',
    'ingest.columns.no': 'No',
    'ingest.columns.country': 'ISO 3166-1 alpha-3 country code, such as SDN or COL.',
    'ingest.columns.date': 'Date of the report, YYYY-MM-DD.',
    'ingest.columns.text': 'The full text of the report.',
    'ingest.columns.titleField': 'Title, up to 500 characters.',
    'ingest.columns.lang': 'Language code (en, es…); detected when absent.',
    'ingest.columns.period': 'Period the report covers, two dates (YYYY-MM-DD).',
    'ingest.columns.sourceName': 'Name of the source.',
    'ingest.columns.sourceUrl': 'Web address of the source (http or https).',
    'ingest.columns.reliability': 'Admiralty grade: a letter A–F and a number 1–6, such as B2.',
    'ingest.columns.tags': 'Free tags: a list in NDJSON; separated by ; or | in CSV.',
    'ingest.columns.externalId': 'Id in the source system; used to recognise duplicates.',
    'ingest.columns.exampleNdjson': 'Example: NDJSON',
    'ingest.columns.exampleCsv': 'Example: CSV',
  },
  {
    'ingest.intro':
      'Agregue informes de situación de a uno o en lote. Cada informe se puntúa con el catálogo de indicadores al guardarse; un informe ya guardado (mismo identificador externo, o mismo texto para el mismo país y la misma fecha) se reconoce y no se guarda dos veces.',
    'ingest.viewer.explain':
      'Su rol ({role}) permite leer todos los informes, pero no agregarlos: el ingreso es tarea de analistas y administradores.',
    'ingest.viewer.next': 'Si necesita agregar informes, pida a un administrador que cambie su rol.',
    'ingest.viewer.reports': 'Leer los informes guardados',
    'ingest.saving': 'Guardando…',
    'ingest.clear': 'Vaciar el formulario',
    'ingest.progressLabel': 'Progreso del envío',

    'ingest.paste.title': 'Pegar un informe',
    'ingest.paste.help':
      'Indique el país y la fecha, pegue el texto y revise la vista previa antes de guardar. Los campos marcados con * son obligatorios.',
    'ingest.paste.save': 'Guardar informe',

    'ingest.field.country': 'País',
    'ingest.field.countryChoose': 'Elija un país',
    'ingest.field.date': 'Fecha del informe',
    'ingest.field.lang': 'Idioma',
    'ingest.field.langAuto': 'Detectar automáticamente',
    'ingest.field.langHelp': 'Se puntúan el inglés y el español; los demás idiomas se guardan sin puntuar.',
    'ingest.field.title': 'Título',
    'ingest.field.periodFrom': 'Período que abarca: desde',
    'ingest.field.periodTo': 'Período que abarca: hasta',
    'ingest.field.periodHelp': 'Opcional. Indique ambas fechas o ninguna.',
    'ingest.field.externalId': 'Identificador externo',
    'ingest.field.externalIdHelp':
      'El identificador del informe en su sistema de origen; un segundo envío con el mismo es un duplicado.',
    'ingest.field.source': 'Fuente',
    'ingest.field.sourceName': 'Nombre de la fuente',
    'ingest.field.sourceUrl': 'URL de la fuente',
    'ingest.field.sourceUrlHelp': 'Una dirección web que empiece con http:// o https://.',
    'ingest.field.sourceGrade': 'Confiabilidad de la fuente',
    'ingest.field.infoGrade': 'Credibilidad de la información',
    'ingest.field.gradeNone': 'Sin calificar',
    'ingest.field.gradeHelp':
      'La calificación del sistema del Almirantazgo (por ejemplo B2): una letra para la fuente y un número para esta información. Las fuentes sin calificar cuentan como F6, el menor peso.',
    'ingest.field.tags': 'Etiquetas',
    'ingest.field.tagsHelp': 'Separe las etiquetas con comas.',
    'ingest.field.text': 'Texto del informe',
    'ingest.field.textHelp': 'El texto completo, tal como se recibió. Nunca se recorta.',

    'ingest.error.summary': 'El informe no se guardó. Revise los campos señalados abajo.',
    'ingest.error.countryRequired': 'Elija el país del que trata el informe.',
    'ingest.error.dateRequired': 'Indique la fecha del informe.',
    'ingest.error.textRequired': 'Pegue el texto del informe.',
    'ingest.error.fileRequired': 'Elija un archivo para subir.',
    'ingest.error.periodBoth': 'Indique ambas fechas del período, o ninguna.',
    'ingest.error.periodOrder': 'El final del período no puede ser anterior a su inicio.',
    'ingest.error.gradeBoth': 'Elija las dos partes de la calificación (letra y número), o ninguna.',
    'ingest.error.sourceNameRequired': 'Indique el nombre de la fuente si da su URL o su calificación.',
    'ingest.error.sourceUrl': 'Escriba una dirección web que empiece con http:// o https://.',

    'ingest.preview.title': 'Vista previa',
    'ingest.preview.help':
      'Se puntúa en su navegador con el mismo motor y el mismo catálogo que el servidor. No se guarda nada hasta que presione Guardar.',
    'ingest.preview.idle': 'Pegue un texto para ver su puntaje.',
    'ingest.preview.loading': 'Cargando el motor de puntuación…',
    'ingest.preview.failed':
      'No se pudo cargar el motor de puntuación. Revise su conexión; el informe se puede guardar de todos modos.',
    'ingest.preview.status': 'Vista previa: puntaje {score} ({level}), {hits} coincidencias.',
    'ingest.preview.notScoredStatus': 'Vista previa: este texto no se puntuaría.',
    'ingest.preview.langDetected': 'Idioma detectado: {lang}.',
    'ingest.preview.langChosen': 'Idioma: {lang} (elegido).',
    'ingest.preview.undetermined':
      'No se pudo determinar el idioma, así que el texto no se puntuaría. Elija el idioma si lo conoce.',
    'ingest.preview.otherLanguage':
      'Este texto está en {lang}: se guardará sin puntuar, porque el catálogo abarca inglés y español.',
    'ingest.preview.hits': 'Coincidencias ({count})',
    'ingest.preview.noHits': 'Ningún indicador se activa con este texto.',

    'ingest.result.stored': 'Informe guardado.',
    'ingest.result.duplicate': 'Ya estaba guardado: no se guardó nada nuevo.',
    'ingest.result.duplicateHelp':
      'Atalaya ya tiene un informe con el mismo identificador externo, o con el mismo texto para el mismo país y la misma fecha.',
    'ingest.result.score': 'Puntaje {score} ({level}) con {hits} coincidencias que suman.',
    'ingest.result.notScored': 'Sin puntuar: el texto está en {lang}.',
    'ingest.result.warnings': 'Observaciones al leer el archivo: {warnings}',
    'ingest.result.open': 'Abrir el informe',
    'ingest.result.openStored': 'Abrir el informe guardado',

    'ingest.file.title': 'Subir un documento',
    'ingest.file.intro':
      'Un informe en un archivo: se extrae su texto (de las páginas HTML se descartan los scripts y estilos), se puntúa y se guarda.',
    'ingest.file.file': 'Archivo',
    'ingest.file.help':
      'Texto plano, Markdown, HTML, PDF o Word (DOCX). Si deja el título vacío, se toma el del documento.',
    'ingest.file.upload': 'Subir y guardar',

    'ingest.bulk.title': 'Carga en lote',
    'ingest.bulk.intro':
      'Muchos informes en un archivo, NDJSON (un informe JSON por línea) o CSV (una fila de encabezado y luego un informe por fila). Cada línea se revisa por separado: las válidas se guardan aunque otras se rechacen.',
    'ingest.bulk.file': 'Archivo NDJSON o CSV',
    'ingest.bulk.fileHelp': 'Archivos terminados en .ndjson, .jsonl o .csv.',
    'ingest.bulk.format': 'Formato',
    'ingest.bulk.formatAuto': 'Según el nombre del archivo',
    'ingest.bulk.unknownFormat': 'El nombre del archivo no indica el formato: elija NDJSON o CSV.',
    'ingest.bulk.upload': 'Subir',
    'ingest.bulk.processing': 'Enviado. El servidor está revisando y guardando los informes…',
    'ingest.bulk.sent': 'Listo: 100 % enviado y procesado.',
    'ingest.bulk.cancelled':
      'Envío cancelado. Las líneas que el servidor ya guardó quedan guardadas; volver a subir el archivo no las duplicará.',
    'ingest.bulk.summaryTitle': 'Resultado',
    'ingest.bulk.accepted': 'Guardados',
    'ingest.bulk.duplicates': 'Duplicados (no se guardaron de nuevo)',
    'ingest.bulk.rejected': 'Líneas rechazadas',
    'ingest.bulk.noErrors': 'Todas las líneas eran válidas.',
    'ingest.bulk.errorsHelp': 'Estas líneas no se guardaron. Corríjalas y vuelva a subirlas.',
    'ingest.bulk.someErrorsListed':
      'Se muestran las primeras {listed} de {total} líneas rechazadas. Ninguna de ellas se guardó.',
    'ingest.bulk.errorsCaption': 'Líneas rechazadas y el problema de cada una',
    'ingest.bulk.line': 'Línea',
    'ingest.bulk.field': 'Campo',
    'ingest.bulk.message': 'Problema',

    'ingest.columns.title': 'Columnas esperadas',
    'ingest.columns.help':
      'Las líneas NDJSON usan los nombres de la primera columna; los archivos CSV usan los de la segunda en su fila de encabezado. Las columnas desconocidas se rechazan, para que un error de tipeo nunca pierda datos sin aviso.',
    'ingest.columns.required': 'Obligatoria',
    'ingest.columns.meaning': 'Significado',
    'ingest.columns.yes': 'Sí',
    'ingest.columns.no': 'No',
    'ingest.columns.country': 'Código de país ISO 3166-1 alfa-3, como SDN o COL.',
    'ingest.columns.date': 'Fecha del informe, AAAA-MM-DD.',
    'ingest.columns.text': 'El texto completo del informe.',
    'ingest.columns.titleField': 'Título, hasta 500 caracteres.',
    'ingest.columns.lang': 'Código de idioma (en, es…); se detecta si falta.',
    'ingest.columns.period': 'Período que abarca el informe, dos fechas (AAAA-MM-DD).',
    'ingest.columns.sourceName': 'Nombre de la fuente.',
    'ingest.columns.sourceUrl': 'Dirección web de la fuente (http o https).',
    'ingest.columns.reliability': 'Calificación del Almirantazgo: una letra A–F y un número 1–6, como B2.',
    'ingest.columns.tags': 'Etiquetas libres: una lista en NDJSON; separadas por ; o | en CSV.',
    'ingest.columns.externalId': 'Identificador en el sistema de origen; sirve para reconocer duplicados.',
    'ingest.columns.exampleNdjson': 'Ejemplo: NDJSON',
    'ingest.columns.exampleCsv': 'Ejemplo: CSV',
  },
);
