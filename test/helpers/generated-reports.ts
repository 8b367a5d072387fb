import { createRng, type Rng, seedFrom } from '../../server/demo/prng.ts';

/** One line of a generated upload, as the client sends it (a ReportInput). */
export interface GeneratedReport {
  country: string;
  date: string;
  text: string;
  lang?: 'en' | 'es';
  source?: { name: string; reliability: string };
  externalId?: string;
}

type Lang = 'en' | 'es';
type Fill = (rng: Rng, place: string) => string;

// Violent texts touch several risk factors and crimes at once (killings, attacks on hospitals, sexual
// violence, persecution of journalists); calm ones match nothing or little. The mix per country drives scores
// up and down, so the level and rise thresholds both open alerts.
const VIOLENT: Record<Lang, Fill[]> = {
  en: [
    (r, p) =>
      `Militias killed at least ${r.int(5, 90)} Masalit civilians in ${p} and burned the village; survivors said the attackers shouted that no Masalit would be left alive.`,
    (r, p) =>
      `Soldiers shelled the hospital in ${p}, killing ${r.int(3, 40)} patients, and blocked aid convoys for ${r.int(2, 30)} days.`,
    (r, p) =>
      `Armed men abducted ${r.int(4, 60)} women and girls from the camp near ${p}; several were raped by the fighters, witnesses said.`,
    (r, p) =>
      `Security forces arrested ${r.int(2, 25)} opposition journalists in ${p}; ${r.int(1, 9)} of them were tortured in detention.`,
  ],
  es: [
    (r, p) =>
      `Paramilitares asesinaron a ${r.int(5, 60)} campesinos en la vereda ${p} y quemaron sus casas; los sobrevivientes huyeron.`,
    (r, p) =>
      `El ejército bombardeó el hospital de ${p}; murieron ${r.int(3, 40)} pacientes y se bloqueó la ayuda humanitaria.`,
    (r, p) =>
      `Hombres armados secuestraron a ${r.int(4, 50)} mujeres y niñas en ${p}; varias fueron violadas, según testigos.`,
    (r, p) =>
      `Fuerzas de seguridad detuvieron a ${r.int(2, 25)} periodistas de la oposición en ${p} y ${r.int(1, 9)} fueron torturados.`,
  ],
};
const CALM: Record<Lang, Fill[]> = {
  en: [
    (r, p) =>
      `The ministry opened ${r.int(2, 40)} new schools in ${p} and local markets reopened after the rains.`,
    (r, p) => `Election observers in ${p} reported a calm vote with a turnout of ${r.int(40, 80)} percent.`,
    (r, p) => `Farmers in ${p} received seed for ${r.int(100, 900)} hectares from a cooperative programme.`,
  ],
  es: [
    (r, p) =>
      `El ministerio abrió ${r.int(2, 40)} escuelas nuevas en ${p} y los mercados reabrieron tras las lluvias.`,
    (r, p) =>
      `Observadores electorales en ${p} informaron de una jornada tranquila con una participación del ${r.int(40, 80)} por ciento.`,
    (r, p) =>
      `Los agricultores de ${p} recibieron semillas para ${r.int(100, 900)} hectáreas de una cooperativa.`,
  ],
};
const PLACES = [
  'Tawila',
  'El Fasher',
  'Kutum',
  'Mabanda',
  'San Rafael',
  'Bojayá',
  'Kamina',
  'Dori',
  'Lashio',
];
const RELIABILITY = ['A1', 'B2', 'B2', 'C3', 'E5'];

/** How violent a country's news is, `daysAgo` days before the end of the period (0 = its last day). */
type Profile = (daysAgo: number, span: number) => number;
const chronic: Profile = () => 0.8;
const calm: Profile = () => 0.05;
const moderate: Profile = () => 0.35;
const escalating: Profile = (ago, span) => 0.05 + 0.85 * (1 - ago / span);
const easing: Profile = (ago, span) => 0.1 + 0.7 * (ago / span);

const COUNTRIES: Array<{ iso3: string; lang: Lang; profile: Profile }> = [
  { iso3: 'SDN', lang: 'en', profile: chronic },
  { iso3: 'MMR', lang: 'en', profile: chronic },
  { iso3: 'COD', lang: 'en', profile: moderate },
  { iso3: 'ETH', lang: 'en', profile: escalating },
  { iso3: 'BFA', lang: 'en', profile: escalating },
  { iso3: 'HTI', lang: 'en', profile: escalating },
  { iso3: 'UKR', lang: 'en', profile: easing },
  { iso3: 'NGA', lang: 'en', profile: moderate },
  { iso3: 'COL', lang: 'es', profile: moderate },
  { iso3: 'MEX', lang: 'es', profile: calm },
  { iso3: 'VEN', lang: 'es', profile: calm },
  { iso3: 'PER', lang: 'es', profile: escalating },
];

const DAY_MS = 86_400_000;

/**
 * `count` distinct reports over the `spanDays` days ending with `endDate`, in an order unrelated to their dates
 * (so aggregates are built out of order), deterministic for a seed. Half carry an `externalId`, half are known
 * only by their text (the two ways a re-sent report is recognised); half give their language, half leave it to
 * detection; sources vary in reliability, and some reports have none.
 */
export function generateReports(options: {
  count: number;
  endDate: string;
  spanDays?: number;
  seed?: number;
}): GeneratedReport[] {
  const span = options.spanDays ?? 120;
  const end = Date.parse(`${options.endDate}T00:00:00Z`);
  const rng = createRng(seedFrom('generated-reports', options.seed ?? 1));
  return Array.from({ length: options.count }, (_, i) => {
    const country = rng.pick(COUNTRIES);
    const daysAgo = rng.int(0, span - 1);
    const violent = rng.chance(country.profile(daysAgo, span));
    const fill = rng.pick((violent ? VIOLENT : CALM)[country.lang]);
    // The number makes every text unique, so no line of the upload is a duplicate of another.
    const text = `${fill(rng, rng.pick(PLACES))} (${country.lang === 'en' ? 'report' : 'informe'} ${i + 1})`;
    const report: GeneratedReport = {
      country: country.iso3,
      date: new Date(end - daysAgo * DAY_MS).toISOString().slice(0, 10),
      text,
    };
    if (rng.chance(0.5)) report.lang = country.lang;
    if (rng.chance(0.8)) report.source = { name: 'Field monitor', reliability: rng.pick(RELIABILITY) };
    if (i % 2 === 0) report.externalId = `generated-${options.seed ?? 1}-${i + 1}`;
    return report;
  });
}
