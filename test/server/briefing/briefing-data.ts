import type { TestApp } from '../../helpers/test-app.ts';

/** Reports that score on several risk factors, incitement included, with a source and a marked witness. */
export const SOURCE_NAME = 'Radio Kassala Libre';
export const SOURCE_URL = 'https://radio-kassala.example.org/reports/17';
export const WITNESS = 'Amira Osmán';
export const XSS_TITLE = '<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3))';

export const REPORTS_EN = [
  {
    date: '2026-02-03',
    text: `Militias killed 40 villagers from the Masalit community near El Geneina and burned their homes. The witness Amira Osman told ${SOURCE_NAME} that the attackers said no one should be spared.`,
  },
  {
    date: '2026-02-20',
    text: 'A local commander called for the Masalit to be wiped out in a radio broadcast and urged listeners to cleanse the town of them.',
  },
  {
    date: '2026-03-05',
    text: 'Government forces besieged the town, blocked humanitarian convoys and shelled the hospital. Aid workers were detained at checkpoints.',
  },
  {
    date: '2026-03-18',
    text: 'Hundreds of civilians were arbitrarily detained and dozens disappeared; women were raped in the displacement camps. AMIRA OSMAN was threatened after she spoke.',
  },
];

/** Stores the reports for `country` with the source and (on the first) the hostile title. */
export async function loadReports(t: TestApp, country = 'SDN'): Promise<void> {
  for (const [i, r] of REPORTS_EN.entries()) {
    await t.services.reports.ingest(
      { username: 'analyst' },
      {
        country,
        date: r.date,
        text: r.text,
        ...(i === 0 ? { title: XSS_TITLE } : { title: `Situation update ${i}` }),
        source: { name: SOURCE_NAME, url: SOURCE_URL, reliability: 'B2' },
      },
    );
  }
}
