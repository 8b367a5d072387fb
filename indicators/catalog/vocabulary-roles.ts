import { terms } from './terms.ts';

/**
 * People reports name by their role or situation when they are the targets (protesters, journalists,
 * health workers, leaders), shared by the victim groups of vocabulary-en.ts and vocabulary-es.ts.
 */

export const ROLES_EN = terms(
  'protesters | demonstrators | detainees | prisoners | young men | teachers | journalists | activists | leaders | chiefs | monks | priests | volunteer* | infant* | babies | aides | organiser | organizer | supporters | members | pastoralists | miners | workers | driver | drivers | staff | health workers | aid workers | peacekeepers | candidate',
);

export const ROLES_ES = terms(
  'lideres | lideresas | lider | lideresa | firmantes | dirigentes | manifestantes | detenidos | presos | jovenes | joven | residentes | monjes | sacerdotes | periodistas | activistas | defensores | defensoras | candidato | candidata | opositores | docentes | maestros | pastores | trabajadores | enfermero | enfermera | conductor | voluntario* | cascos azules | adolescente* | bebes',
);
