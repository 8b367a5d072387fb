import { defineMessages } from './define.ts';

// Strings of the compare page, written for each language (not translated word by word).
export const compareMessages = defineMessages(
  {
    'compare.title': 'Compare countries',
    'compare.intro':
      'Choose two to five countries to see their risk scores on one chart over the same period. The address of this page keeps your choice, so you can share it.',
    'compare.countries': 'Countries',
    'compare.chartTitle': 'Risk scores',
    'compare.chartLabel': 'Risk scores of {countries} over time, from 0 to 100, with the level bands',
    'compare.picker.legend': 'Countries to compare (up to {max})',
    'compare.picker.add': 'Add a country',
    'compare.picker.choose': 'Choose a country…',
    'compare.picker.addButton': 'Add',
    'compare.picker.remove': 'Remove',
    'compare.picker.removeNamed': 'Remove {name}',
    'compare.picker.needTwo': 'Choose at least two countries to compare.',
    'compare.picker.full': 'You are comparing {max} countries, the most one chart can show clearly.',
  },
  {
    'compare.title': 'Comparar países',
    'compare.intro':
      'Elija entre dos y cinco países para ver sus puntuaciones de riesgo en un mismo gráfico y en el mismo periodo. La dirección de esta página conserva su selección, así que puede compartirla.',
    'compare.countries': 'Países',
    'compare.chartTitle': 'Puntuaciones de riesgo',
    'compare.chartLabel':
      'Puntuaciones de riesgo de {countries} a lo largo del tiempo, de 0 a 100, con las franjas de nivel',
    'compare.picker.legend': 'Países que comparar (hasta {max})',
    'compare.picker.add': 'Añadir un país',
    'compare.picker.choose': 'Elija un país…',
    'compare.picker.addButton': 'Añadir',
    'compare.picker.remove': 'Quitar',
    'compare.picker.removeNamed': 'Quitar {name}',
    'compare.picker.needTwo': 'Elija al menos dos países para compararlos.',
    'compare.picker.full': 'Está comparando {max} países, el máximo que un gráfico muestra con claridad.',
  },
);
