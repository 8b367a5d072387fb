import {
  type CsvInput,
  type CsvRecord,
  type CsvRecordError,
  readCsvRecords,
} from '../csv/read-csv-records.ts';
import { iso3ForCcode } from './country-codes.ts';
import {
  type FinalColumns,
  type FoosColumns,
  type ForecastWindow,
  findForecastColumns,
  headerError,
} from './forecast-columns.ts';
import {
  type Invalid,
  isInvalid,
  MISSING,
  optionalWholeNumber,
  probability,
  wholeNumber,
} from './forecast-values.ts';

/**
 * Reads the Early Warning Project's statistical risk forecasts, in either of the two files that carry them:
 *
 * - `final_forecasts_data_*.csv`: one row per country, the published assessment. The headline column
 *   `risk.2025and2026.from2024` is the probability of a new mass-killing onset in 2025 or 2026, from 2024 data.
 * - `FOOSforecasts_*.csv`: the "fully out-of-sample" back-test, one row per country and target year Y. Its
 *   `risk_prev` is the forecast made from year Y−1 data (an onset in Y or Y+1), by a model fitted only on years
 *   before that. The latest forecast per country is kept: for the 2025 files that is 2024–2025 from 2023 data,
 *   the same numbers as the final file's comparison column `risk.2024and2025.from2023`, one year behind its
 *   headline. Import the final file for current risk; the FOOS file's value is in the back-test history.
 */

/** One country's forecast. */
export interface EwpRow {
  /** ISO 3166-1 alpha-3, or XKX for Kosovo. */
  iso3: string;
  ewpName: string;
  /** The EWP's Gleditsch & Ward style country code. */
  ccode: number;
  /** Probability (0–1) of a new onset of mass killing in `forecastWindow`. */
  risk: number;
  /** 1 is the highest risk. */
  rank?: number;
  forecastWindow: ForecastWindow;
  /** The year of the data the forecast was made from. */
  baseYear: number;
}

/** A row that yields no forecast; the file goes on. `line` is the 1-based line in the file. */
export type EwpRowError =
  | { error: 'unknown country code'; line: number; ccode: number; ewpName: string }
  | { error: 'invalid value'; line: number; column: string; value: string; expected: string; ewpName: string }
  | { error: 'malformed row'; line: number; message: string };

export function isEwpRowError(item: EwpRow | EwpRowError): item is EwpRowError {
  return 'error' in item;
}

/**
 * Forecasts and row errors, streamed. A file that is not a forecasts file (its header lacks the expected
 * columns) throws one `AppError` ('validation_failed') naming them, before any row.
 */
export async function* parseEwpForecasts(input: CsvInput): AsyncGenerator<EwpRow | EwpRowError> {
  const records = readCsvRecords(input);
  try {
    const first = await records.next();
    if (first.done) throw headerError('the file is empty');
    if (!('fields' in first.value)) {
      throw headerError(`its first line is not valid CSV (${first.value.message})`);
    }
    const header = first.value.fields;
    const columns = findForecastColumns(header);
    yield* columns.shape === 'final'
      ? finalRows(records, header, columns)
      : latestFoosRows(records, header, columns);
  } finally {
    await records.return(undefined);
  }
}

type Records = AsyncIterable<CsvRecord | CsvRecordError>;
type Forecast = Omit<EwpRow, 'iso3'>;

async function* finalRows(records: Records, header: string[], columns: FinalColumns) {
  for await (const record of records) {
    if (!('fields' in record)) yield malformed(record);
    else {
      const row = readFinalRow(record, header, columns);
      yield isError(row) ? row : withIso3(record.line, row);
    }
  }
}

function readFinalRow(record: CsvRecord, header: string[], columns: FinalColumns): Forecast | EwpRowError {
  const ewpName = record.fields[columns.ewpName] ?? '';
  const cell = cellReader(record, header, ewpName);
  const ccode = cell(columns.ccode, countryCode);
  if (isError(ccode)) return ccode;
  const risk = cell(columns.risk, probability);
  if (isError(risk)) return risk;
  const rank = columns.rank === undefined ? undefined : cell(columns.rank, rankValue);
  if (isError(rank)) return rank;
  return forecast(ewpName, ccode, risk, rank, columns);
}

interface FoosCandidate {
  line: number;
  ewpName: string;
  ccode: number;
  year: number;
  /** Undefined where the file has NA: no forecast that year (e.g. Kosovo 2008–09, South Sudan 2011). */
  risk: number | undefined;
  rank: number | undefined;
}

/** Invalid rows are reported as they come; the forecasts only once the whole file is read. */
async function* latestFoosRows(records: Records, header: string[], columns: FoosColumns) {
  const latest = new Map<number, FoosCandidate>();
  for await (const record of records) {
    if (!('fields' in record)) {
      yield malformed(record);
      continue;
    }
    const candidate = readFoosRow(record, header, columns);
    if (isError(candidate)) {
      yield candidate;
      continue;
    }
    const kept = latest.get(candidate.ccode);
    if (!kept || isLater(candidate, kept)) latest.set(candidate.ccode, candidate);
  }
  for (const { line, ewpName, ccode, year, risk, rank } of latest.values()) {
    if (risk === undefined) {
      const column = header[columns.risk] ?? '';
      yield invalidValue(line, column, MISSING, 'a forecast in at least one year', ewpName);
    } else {
      const window = { forecastWindow: `${year}-${year + 1}`, baseYear: year - 1 } as const;
      yield withIso3(line, forecast(ewpName, ccode, risk, rank, window));
    }
  }
}

function readFoosRow(record: CsvRecord, header: string[], columns: FoosColumns): FoosCandidate | EwpRowError {
  const ewpName = record.fields[columns.ewpName] ?? '';
  const cell = cellReader(record, header, ewpName);
  const ccode = cell(columns.ccode, countryCode);
  if (isError(ccode)) return ccode;
  const year = cell(columns.year, (text) => wholeNumber(text, 1));
  if (isError(year)) return year;
  const risk = record.fields[columns.risk] === MISSING ? undefined : cell(columns.risk, probability);
  if (isError(risk)) return risk;
  const rank = columns.rank === undefined ? undefined : cell(columns.rank, rankValue);
  if (isError(rank)) return rank;
  return { line: record.line, ewpName, ccode, year, risk, rank };
}

/** A forecast beats NA; between two forecasts (or two NAs), the later target year wins. */
function isLater(candidate: FoosCandidate, kept: FoosCandidate): boolean {
  const hasForecast = candidate.risk !== undefined;
  if (hasForecast !== (kept.risk !== undefined)) return hasForecast;
  return candidate.year > kept.year;
}

const countryCode = (text: string) => wholeNumber(text, 1);
const rankValue = (text: string) => optionalWholeNumber(text, 1);

function forecast(
  ewpName: string,
  ccode: number,
  risk: number,
  rank: number | undefined,
  window: Pick<EwpRow, 'forecastWindow' | 'baseYear'>,
): Forecast {
  return {
    ewpName,
    ccode,
    risk,
    ...(rank === undefined ? {} : { rank }),
    forecastWindow: window.forecastWindow,
    baseYear: window.baseYear,
  };
}

function withIso3(line: number, row: Forecast): EwpRow | EwpRowError {
  const iso3 = iso3ForCcode(row.ccode);
  return iso3 === undefined
    ? { error: 'unknown country code', line, ccode: row.ccode, ewpName: row.ewpName }
    : { iso3, ...row };
}

/** Reads one field of a record, turning an invalid value into the row's error. */
function cellReader(record: CsvRecord, header: string[], ewpName: string) {
  return <T>(index: number, parse: (text: string) => T | Invalid): T | EwpRowError => {
    const text = record.fields[index] ?? '';
    const value = parse(text);
    return isInvalid(value)
      ? invalidValue(record.line, header[index] ?? '', text, value.expected, ewpName)
      : value;
  };
}

function invalidValue(line: number, column: string, value: string, expected: string, ewpName: string) {
  return { error: 'invalid value', line, column, value, expected, ewpName } as const;
}

function malformed(record: CsvRecordError): EwpRowError {
  return { error: 'malformed row', line: record.line, message: record.message };
}

function isError(value: unknown): value is EwpRowError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
