import { sql } from 'kysely';
import type { CountryDayRow } from '../schema.ts';
import type { Executor } from './executor.ts';

/** The row of one country-day, locked until the transaction ends (two ingests of one day serialise here). */
export function lockCountryDay(
  db: Executor,
  country: string,
  day: string,
): Promise<CountryDayRow | undefined> {
  return db
    .selectFrom('country_days')
    .selectAll()
    .where('country', '=', country)
    .where('day', '=', day)
    .forUpdate()
    .executeTakeFirst();
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

export async function insertCountryDay(db: Executor, row: CountryDayRow): Promise<void> {
  await db.insertInto('country_days').values(row).execute();
}

export async function setDaily(db: Executor, country: string, day: string, daily: number[], reports: number) {
  await db
    .updateTable('country_days')
    .set({ daily, reports })
    .where('country', '=', country)
    .where('day', '=', day)
    .execute();
}

/**
 * Adds `delta`, fading with the half-life, to the decayed state of every day from `from` on, and `reports` to
 * their running report counts: the one statement that keeps later days true when reports arrive for an earlier
 * one.
 */
export async function addToStatesFrom(
  db: Executor,
  country: string,
  from: string,
  delta: number[],
  reports: number,
  halfLifeDays: number,
): Promise<void> {
  await sql`
    update country_days set
      reports_to_date = reports_to_date + ${reports},
      state = (
        select array_agg(s + d * power(2, -((country_days.day - ${from}::date)::float8) / ${halfLifeDays}) order by i)
        from unnest(state, ${delta}::float8[]) with ordinality as t(s, d, i)
      )
    where country = ${country} and day >= ${from}::date`.execute(db);
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
    select d.* from unnest(${countries}::text[]) as c(code)
    cross join lateral (
      select * from country_days
      where country = c.code and day <= ${asOf}::date
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
