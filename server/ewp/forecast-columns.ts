import { AppError } from '../errors.ts';

/** Two consecutive calendar years, e.g. `2025-2026`: the EWP forecasts an onset in either year. */
export type ForecastWindow = `${number}-${number}`;

/** `final_forecasts_data_*.csv`: one row per country; the fields are column indexes. */
export interface FinalColumns {
  shape: 'final';
  ewpName: number;
  ccode: number;
  risk: number;
  rank: number | undefined;
  forecastWindow: ForecastWindow;
  baseYear: number;
}

/** `FOOSforecasts_*.csv`: one row per country and target year (see parse-ewp-forecasts.ts). */
export interface FoosColumns {
  shape: 'foos';
  ewpName: number;
  ccode: number;
  year: number;
  risk: number;
  rank: number | undefined;
}

export type ForecastColumns = FinalColumns | FoosColumns;

/** `risk.2025and2026.from2024`: risk of an onset in 2025 or 2026, from 2024 data. */
const TWO_YEAR_RISK = /^risk\.(\d{4})and(\d{4})\.from(\d{4})$/;

const EXPECTED =
  'expected the columns ewp_name and ccode, with either risk.<year>and<year>.from<year> ' +
  '(final_forecasts_data_*.csv) or year and risk_prev (FOOSforecasts_*.csv)';

/** Finds the columns by name, so column order and extra predictor columns do not matter. */
export function findForecastColumns(header: readonly string[]): ForecastColumns {
  const at = (name: string) => {
    const index = header.indexOf(name);
    return index === -1 ? undefined : index;
  };
  const ewpName = at('ewp_name');
  const ccode = at('ccode');
  const headline = latestTwoYearRisk(header);
  const year = at('year');
  const foosRisk = at('risk_prev');
  // The final file also has a `year` column (a model predictor), so its own risk column is tested first.
  if (ewpName !== undefined && ccode !== undefined && headline) {
    return {
      shape: 'final',
      ewpName,
      ccode,
      ...headline,
      rank: twoYearRank(header, headline.forecastWindow),
    };
  }
  if (ewpName !== undefined && ccode !== undefined && year !== undefined && foosRisk !== undefined) {
    return { shape: 'foos', ewpName, ccode, year, risk: foosRisk, rank: at('rank_prev') };
  }
  const missing = ['ewp_name', 'ccode'].filter((name) => at(name) === undefined);
  if (!headline && (year === undefined || foosRisk === undefined)) {
    missing.push('a risk.<year>and<year>.from<year> column (or year and risk_prev)');
  }
  throw headerError(`missing ${missing.join(', ')}`);
}

/** The error for a file whose first line is not a forecasts header. */
export function headerError(problem: string): AppError {
  const message = `Not an EWP forecasts file: ${EXPECTED}; ${problem}`;
  return new AppError('validation_failed', message, { details: [{ path: 'header', message }] });
}

/** The file also carries the previous year's comparison forecast (`risk.2024and2025.from2023`): take the latest. */
function latestTwoYearRisk(header: readonly string[]) {
  let latest: Pick<FinalColumns, 'risk' | 'forecastWindow' | 'baseYear'> | undefined;
  for (const [index, name] of header.entries()) {
    const match = TWO_YEAR_RISK.exec(name);
    if (!match) continue;
    const [, first, second, from] = match.map(Number) as [number, number, number, number];
    if (!latest || from > latest.baseYear) {
      latest = { risk: index, forecastWindow: `${first}-${second}`, baseYear: from };
    }
  }
  return latest;
}

/**
 * The rank column is matched on the forecast window only: the EWP named the headline rank
 * `rank.2025and2026.from2025` although it ranks the forecast made from 2024 data.
 */
function twoYearRank(header: readonly string[], window: ForecastWindow): number | undefined {
  const [first, second] = window.split('-');
  const index = header.findIndex((name) =>
    new RegExp(`^rank\\.${first}and${second}\\.from\\d{4}$`).test(name),
  );
  return index === -1 ? undefined : index;
}
