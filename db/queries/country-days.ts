import { sql } from 'kysely';
import type { CountryDayRow } from '../schema.ts';
import type { Executor } from './executor.ts';

/**
 * Serialises writers of the same countries' days until the transaction ends: an ingest adding to a country's
 * days and a review or rescore rebuilding them must not interleave. Taken in code order, so two writers of
 * several countries cannot deadlock.
 */
export async function lockCountries(db: Executor, countries: readonly string[]): Promise<void> {
  if (countries.length === 0) return;
  await sql`
    select pg_advisory_xact_lock(hashtextextended('country_days:' || code, 0))
    from (select distinct unnest(${countries}::text[]) as code order by 1) as c`.execute(db);
}

/** The last day with reports strictly before `day`. */
export function lastDayBefore(
  db: Executor,
  country: string,
  day: string,
): Promise<CountryDayRow | undefined> {
  return db
    .selectFrom('country_days')
    .selectAll()
    .where('country', '=', country)
    .where('day', '<', day)
    .orderBy('day', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * For each of `countries`, its last day with reports on or before `asOf`: one index seek per country (a
 * LATERAL lookup), where DISTINCT ON would walk the whole index of ten years of days.
 */
export async function lastDaysOnOrBefore(
  db: Executor,
  countries: readonly string[],
  asOf: string,
): Promise<CountryDayRow[]> {
  const result = await sql<CountryDayRow>`
    select d.* from unnest(${countries}::char(3)[]) as c(code)
    cross join lateral (
      select * from country_days
      where country = c.code and day <= ${asOf}::date
      order by day desc limit 1
    ) d`.execute(db);
  return result.rows;
}

/**
 * For each of `countries` and each of `dates`, the state of its last day on or before that date (an index
 * seek per pair): the points of the ranking's sparklines in one statement.
 */
export async function statesOnDates(
  db: Executor,
  countries: readonly string[],
  dates: readonly string[],
): Promise<Array<{ country: string; date: string; day: string; state: number[] }>> {
  const result = await sql<{ country: string; date: string; day: string; state: number[] }>`
    select c.code as country, m.d::text as date, d.day, d.state
    from unnest(${countries}::char(3)[]) as c(code)
    cross join unnest(${dates}::date[]) as m(d)
    cross join lateral (
      select day, state from country_days
      where country = c.code and day <= m.d
      order by day desc limit 1
    ) d`.execute(db);
  return result.rows;
}

/** A country's days in [from, to], with the last day before `from` to start the series from. */
export async function countryDaysBetween(db: Executor, country: string, from: string, to: string) {
  const [before, rows] = await Promise.all([
    lastDayBefore(db, country, from),
    db
      .selectFrom('country_days')
      .selectAll()
      .where('country', '=', country)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .orderBy('day')
      .execute(),
  ]);
  return { before, rows };
}

export async function replaceCountryDays(
  db: Executor,
  country: string,
  rows: CountryDayRow[],
): Promise<void> {
  await db.deleteFrom('country_days').where('country', '=', country).execute();
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('country_days')
      .values(rows.slice(i, i + 1000))
      .execute();
}

/**
 * Every day of each country from its given first day on, locked for update: the rows a chunk of reports can
 * change (its days and every later day, whose decayed state they carry).
 */
export async function lockCountryDaysFrom(
  db: Executor,
  firstDays: ReadonlyArray<{ country: string; day: string }>,
): Promise<CountryDayRow[]> {
  if (firstDays.length === 0) return [];
  const result = await sql<CountryDayRow>`
    select cd.* from country_days cd
    join unnest(${firstDays.map((f) => f.country)}::char(3)[], ${firstDays.map((f) => f.day)}::date[]) as f(country, day)
      on cd.country = f.country and cd.day >= f.day
    order by cd.country, cd.day
    for update of cd`.execute(db);
  return result.rows;
}

/** For each country, its last day strictly before the given day (one index seek each). */
export async function lastDaysBefore(
  db: Executor,
  firstDays: ReadonlyArray<{ country: string; day: string }>,
): Promise<CountryDayRow[]> {
  if (firstDays.length === 0) return [];
  const result = await sql<CountryDayRow>`
    select d.* from unnest(${firstDays.map((f) => f.country)}::char(3)[], ${firstDays.map((f) => f.day)}::date[]) as f(country, day)
    cross join lateral (
      select * from country_days where country = f.country and day < f.day order by day desc limit 1
    ) d`.execute(db);
  return result.rows;
}

export async function insertCountryDays(db: Executor, rows: CountryDayRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('country_days')
      .values(rows.slice(i, i + 1000))
      .execute();
}

/** Writes many rows' counts, daily values and states in one statement. */
export async function updateCountryDays(db: Executor, rows: CountryDayRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const slice = rows.slice(i, i + 1000).map((r) => ({ ...r, country: r.country.trim() }));
    await sql`
      update country_days cd set
        reports = v.reports, reports_to_date = v.reports_to_date, daily = v.daily, state = v.state
      from jsonb_to_recordset(${JSON.stringify(slice)}::jsonb)
        as v(country text, day date, reports int, reports_to_date int, daily float8[], state float8[])
      where cd.country = v.country::char(3) and cd.day = v.day`.execute(db);
  }
}
