/**
 * A deterministic mixed English/Spanish corpus in the style of situation reports, for benchmarks: mostly
 * context and procedure, with a share of sentences that report violations (as real reports do).
 */
const EN_FILLER = [
  'The mission held consultations with local authorities, community leaders and representatives of civil society in the provincial capital.',
  'Humanitarian partners reported that access to the northern districts remained constrained by the poor state of the roads during the rainy season.',
  'The report covers the period from January to March and is based on interviews conducted by the monitoring team.',
  'Prices of staple foods rose by twelve per cent compared with the previous quarter, according to the market monitoring system.',
  'The working group met twice to review progress on the implementation of the peace agreement and the reintegration programme.',
  'Several schools reopened after the holidays, although attendance remained below the levels recorded before the crisis.',
];
const EN_SIGNAL = [
  'According to witnesses, soldiers killed at least 37 civilians in the village of Tamra and burned dozens of houses.',
  'The militia recruited children as young as twelve and used them at checkpoints along the main road.',
  'Government forces shelled the district hospital twice in one week, and the clinic was later looted.',
  'Leaders of the ruling party called members of the minority cockroaches and urged supporters to cleanse the area.',
  'No civilian casualties were reported after the clashes, the army said in a statement.',
  'Authorities shut down the internet across the region and expelled two international organisations.',
];
const ES_FILLER = [
  'La misión sostuvo reuniones con las autoridades locales, líderes comunitarios y organizaciones de la sociedad civil en la capital departamental.',
  'Los socios humanitarios informaron que el acceso a las zonas rurales siguió limitado por el mal estado de las vías durante la temporada de lluvias.',
  'El informe abarca el periodo de enero a marzo y se basa en entrevistas realizadas por el equipo de monitoreo.',
  'El precio de los alimentos básicos aumentó un doce por ciento con respecto al trimestre anterior, según el sistema de seguimiento de mercados.',
  'La mesa técnica se reunió dos veces para revisar los avances en la implementación del acuerdo de paz.',
  'Varias escuelas reabrieron tras las vacaciones, aunque la asistencia siguió por debajo de los niveles previos a la crisis.',
];
const ES_SIGNAL = [
  'Según la Defensoría del Pueblo, más de 200 personas fueron desplazadas tras el asesinato de tres líderes sociales indígenas.',
  'Grupos armados ilegales reclutaron a menores de edad en las veredas y los obligaron a portar armas.',
  'El hospital municipal fue bombardeado durante la madrugada y varios pacientes resultaron heridos.',
  'Se registraron desapariciones forzadas de jóvenes campesinos tras los operativos del ejército.',
  'No se registraron víctimas civiles durante los enfrentamientos, según las autoridades.',
  'Las autoridades suspendieron el acceso a internet y expulsaron a periodistas extranjeros de la región.',
];

/** A small PRNG (mulberry32): the same seed gives the same corpus on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reports of about `reportChars` characters each, alternating languages, until `totalChars`. */
export function makeCorpus(totalChars: number, reportChars = 6000, seed = 7): string[] {
  const random = prng(seed);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  const reports: string[] = [];
  let total = 0;
  let spanish = false;
  while (total < totalChars) {
    const [filler, signal] = spanish ? [ES_FILLER, ES_SIGNAL] : [EN_FILLER, EN_SIGNAL];
    let report = '';
    while (report.length < reportChars) {
      report += `${random() < 0.2 ? pick(signal) : pick(filler)} `;
      if (random() < 0.15) report += '\n\n';
    }
    reports.push(report);
    total += report.length;
    spanish = !spanish;
  }
  return reports;
}
