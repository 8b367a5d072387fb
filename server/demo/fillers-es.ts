import { type Fillers, groupDigits } from './language-pack.ts';

/**
 * Lugares, pueblos y actores genéricos para los informes de demostración en español. No se nombra a ninguna
 * persona real; los pueblos indígenas son inventados, y los lugares, nombres comunes de la región combinados de
 * forma que no remiten a un sitio concreto.
 */
export const fillersEs: Fillers = {
  places: [
    ['San Isidro de las Lomas', 'el municipio de San Isidro de las Lomas'],
    ['La Ceibita', 'la aldea La Ceibita'],
    ['Puerto Almendro', 'el corregimiento de Puerto Almendro'],
    ['El Guayabal Viejo', 'la vereda El Guayabal Viejo'],
    ['Río Claro Arriba', 'la comunidad de Río Claro Arriba'],
    ['Santa Rosa de los Vientos', 'el municipio de Santa Rosa de los Vientos'],
    ['Loma Verde', 'el caserío de Loma Verde'],
    ['Villa Esperanza del Sur', 'el barrio Villa Esperanza del Sur'],
    ['Nueva Aurora', 'el asentamiento de Nueva Aurora'],
    ['Palmar del Río', 'la cabecera municipal de Palmar del Río'],
    ['Cerro Azul Bajo', 'el cantón Cerro Azul Bajo'],
    ['San Rafael del Norte', 'el municipio de San Rafael del Norte'],
    ['Las Tres Quebradas', 'la zona rural de Las Tres Quebradas'],
    ['El Mirador Nuevo', 'la colonia El Mirador Nuevo'],
    ['Bajo Caimito', 'la subregión del Bajo Caimito'],
    ['Altos de la Candelaria', 'la parroquia Altos de la Candelaria'],
  ],
  actors: [
    'integrantes de grupos armados ilegales',
    'paramilitares',
    'miembros de las disidencias',
    'efectivos de las fuerzas de seguridad',
    // Not "sin identificar": the scorer reads that "sin" as negating the act that follows.
    'hombres armados encapuchados',
    'miembros de una estructura criminal',
    'integrantes de un grupo armado',
    'militares',
    'colectivos armados progubernamentales',
    'pandilleros',
  ],
  groups: [
    ['yaruní', 'integrantes del pueblo indígena yaruní'],
    ['tulamá', 'la comunidad indígena tulamá'],
    ['ixcaná', 'familias del pueblo indígena ixcaná'],
    ['paruwa', 'el pueblo indígena paruwa'],
    ['sarewa', 'comunidades del pueblo indígena sarewa'],
  ],
  officials: [
    'un alto funcionario regional',
    'el gobernador del departamento',
    'un comandante del grupo armado',
    'un conocido pastor evangélico',
    'un diputado oficialista',
    'un presentador de televisión',
  ],
  days: [
    'el lunes',
    'el martes',
    'el miércoles',
    'el jueves',
    'el viernes',
    'el sábado',
    'el domingo',
    'durante la madrugada',
    'a comienzos de semana',
  ],
  durations: ['tres días', 'cinco días', 'diez días', 'dos semanas'],
  smallNumbers: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
  formatNumber: (n) => groupDigits(n, '.'),
  // Templates write "de {place}" and "a {place}"; a place starting with the article needs the contraction.
  polish: (sentence) => sentence.replace(/\b(de|a) el\b/g, '$1l'),
};
