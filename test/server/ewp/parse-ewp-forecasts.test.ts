import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { CsvInput } from '../../../server/csv/read-csv-records.ts';
import { isEwpRowError, parseEwpForecasts } from '../../../server/ewp/parse-ewp-forecasts.ts';

const fixture = (name: string) => new URL(`../../fixtures/ewp/${name}`, import.meta.url);

async function collect(input: CsvInput) {
  const out = [];
  for await (const item of parseEwpForecasts(input)) out.push(item);
  return out;
}

const headline = { forecastWindow: '2025-2026', baseYear: 2024 } as const;
const riskColumn = 'risk.2025and2026.from2024';

describe('parseEwpForecasts, final_forecasts_data shape', () => {
  it('reads the fixture (BOM, CRLF) into rows and row errors, in file order', async () => {
    const text = await readFile(fixture('final-forecasts.csv'), 'utf8');
    // The fixture must keep the bytes it exists to test.
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(15);

    expect(await collect(createReadStream(fixture('final-forecasts.csv')))).toEqual([
      { iso3: 'MMR', ewpName: 'Burma/Myanmar', ccode: 775, risk: 0.1041, rank: 1, ...headline },
      { iso3: 'TCD', ewpName: 'Chad', ccode: 483, risk: 0.08121, rank: 2, ...headline },
      {
        iso3: 'COD',
        ewpName: 'Congo, Democratic Republic of (Zaire)',
        ccode: 490,
        risk: 0.04385,
        rank: 14,
        ...headline,
      },
      {
        iso3: 'CIV',
        ewpName: 'Ivory Coast ("Côte d\'Ivoire")',
        ccode: 437,
        risk: 0.01802,
        rank: 46,
        ...headline,
      },
      { iso3: 'XKX', ewpName: 'Kosovo', ccode: 347, risk: 0.002697, rank: 147, ...headline },
      { iso3: 'SRB', ewpName: 'Serbia', ccode: 345, risk: 0.004782, rank: 109, ...headline },
      { iso3: 'DEU', ewpName: 'Germany', ccode: 255, risk: 0.004267, ...headline },
      { error: 'unknown country code', line: 9, ccode: 999, ewpName: 'Atlantis, Republic of' },
      { error: 'unknown country code', line: 10, ccode: 265, ewpName: 'East Germany' },
      {
        error: 'invalid value',
        line: 11,
        column: riskColumn,
        value: '0.08O96',
        expected: 'a probability between 0 and 1',
        ewpName: 'Sudan',
      },
      {
        error: 'invalid value',
        line: 12,
        column: riskColumn,
        value: '7.524',
        expected: expect.any(String),
        ewpName: 'India',
      },
      { error: 'malformed row', line: 13, message: expect.stringMatching(/Invalid Record Length/) },
      { iso3: 'YEM', ewpName: 'Yemen', ccode: 679, risk: 0.05517, rank: 9, ...headline },
    ]);
  });

  it('gives the same result for R output (LF, no BOM) and for tiny chunks', async () => {
    const crlf = await readFile(fixture('final-forecasts.csv'), 'utf8');
    const expected = await collect(crlf);
    expect(await collect(crlf.slice(1).replaceAll('\r\n', '\n'))).toEqual(expected);
    expect(await collect(createReadStream(fixture('final-forecasts.csv'), { highWaterMark: 5 }))).toEqual(
      expected,
    );
  });

  it('finds its columns by name and takes the latest forecast, not the comparison one', async () => {
    const csv = [
      'ccode,risk.2024and2025.from2023,ewp_name,risk.2025and2026.from2024',
      '775,0.107,"Burma/Myanmar",0.1041',
    ].join('\n');
    expect(await collect(csv)).toEqual([
      { iso3: 'MMR', ewpName: 'Burma/Myanmar', ccode: 775, risk: 0.1041, ...headline },
    ]);
  });

  it('accepts probabilities from 0 to 1 in any decimal notation, and nothing else', async () => {
    const values = ['0', '1', '1e-04', '.5', '-0.1', '1.0001', '', 'NA', '0x1', '5%'];
    const csv = ['ewp_name,ccode,risk.2025and2026.from2024', ...values.map((v) => `"Chad",483,"${v}"`)].join(
      '\n',
    );
    const out = await collect(csv);
    expect(out.map((item) => (isEwpRowError(item) ? item.error : item.risk))).toEqual([
      0,
      1,
      0.0001,
      0.5,
      ...Array(6).fill('invalid value'),
    ]);
  });
});

describe('parseEwpForecasts, FOOSforecasts shape', () => {
  const expected = [
    {
      error: 'invalid value',
      line: 5,
      column: 'risk_prev',
      value: '0.1269983559931S8',
      expected: 'a probability between 0 and 1',
      ewpName: 'Chad',
    },
    // The latest target year Y per country, whatever the file order; risk_prev was made from Y−1 data.
    {
      iso3: 'MMR',
      ewpName: 'Burma/Myanmar',
      ccode: 775,
      risk: 0.106953890275501,
      rank: 2,
      forecastWindow: '2024-2025',
      baseYear: 2023,
    },
    {
      iso3: 'TCD',
      ewpName: 'Chad',
      ccode: 483,
      risk: 0.127678309878941,
      rank: 1,
      forecastWindow: '2024-2025',
      baseYear: 2023,
    },
    {
      iso3: 'COD',
      ewpName: 'Congo, Democratic Republic of (Zaire)',
      ccode: 490,
      risk: 0.0451907593768046,
      forecastWindow: '2024-2025',
      baseYear: 2023,
    },
    {
      iso3: 'XKX',
      ewpName: 'Kosovo',
      ccode: 347,
      risk: 0.00730466782092292,
      rank: 105,
      forecastWindow: '2010-2011',
      baseYear: 2009,
    },
    // South Sudan's last row (2013) is NA, so its 2012 forecast is the latest it has.
    {
      iso3: 'SSD',
      ewpName: 'South Sudan',
      ccode: 626,
      risk: 0.0413,
      rank: 40,
      forecastWindow: '2012-2013',
      baseYear: 2011,
    },
    // One error per unknown country, at its latest row.
    { error: 'unknown country code', line: 16, ccode: 999, ewpName: 'Atlantis, Republic of' },
    {
      error: 'invalid value',
      line: 17,
      column: 'risk_prev',
      value: 'NA',
      expected: 'a forecast in at least one year',
      ewpName: 'Timor-Leste',
    },
  ];

  it('keeps the latest forecast per country and reports the rest', async () => {
    expect(await collect(createReadStream(fixture('foos-forecasts.csv')))).toEqual(expected);
  });

  it('gives the same result with a BOM and CRLF', async () => {
    const lf = await readFile(fixture('foos-forecasts.csv'), 'utf8');
    expect(await collect(`\uFEFF${lf.replaceAll('\n', '\r\n')}`)).toEqual(expected);
  });
});

describe('parseEwpForecasts, other files', () => {
  const notForecasts = (detail: RegExp) =>
    expect.objectContaining({
      code: 'validation_failed',
      message: expect.stringMatching(/^Not an EWP forecasts file: expected the columns ewp_name and ccode/),
      details: [{ path: 'header', message: expect.stringMatching(detail) }],
    });

  it('throws one error naming the expected columns, before any row', async () => {
    const baseData = '"","year","country","ccode","mk_onset","ewp_name"\n"1",2024,"Chad",483,0,"Chad"\n';
    await expect(collect(baseData)).rejects.toEqual(
      notForecasts(/missing a risk\.<year>and<year>\.from<year>/),
    );
    await expect(collect('ewp_name,risk_prev,year\n"Chad",0.1,2024\n')).rejects.toEqual(
      notForecasts(/missing ccode$/),
    );
    await expect(collect('')).rejects.toEqual(notForecasts(/the file is empty/));
  });

  it('stops reading the source when the caller stops early or the header is wrong', async () => {
    const closed: string[] = [];
    // Endless, so it closes only if the parser gives up on it.
    async function* source(name: string, header: string) {
      try {
        yield `${header}\n"Chad",483,0.08\n`;
        while (true) yield '"Mali",432,0.04\n';
      } finally {
        closed.push(name);
      }
    }
    for await (const row of parseEwpForecasts(source('early', 'ewp_name,ccode,risk.2025and2026.from2024'))) {
      expect(row).toMatchObject({ iso3: 'TCD' });
      break;
    }
    await expect(collect(source('header', 'ewp_name,ccode,risk'))).rejects.toThrow(/missing a risk/);
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed.sort()).toEqual(['early', 'header']);
  });
});
