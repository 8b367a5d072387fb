// Data for the country and compare browser tests, loaded through the real API (never faked responses): the
// project's demo generator writes realistic English and Spanish reports, sent as a bulk NDJSON upload with an
// admin API token, plus two hand-written reports whose hits are few enough for one rejection to move the score.
import { generateDemoReports } from '../../server/demo/generate-demo-reports.ts';

export interface CountryTestApi {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
  bulk(ndjson: string): Promise<{ accepted: number; rejectedTotal: number }>;
}

const DAY_MS = 86_400_000;
export const today = () => new Date().toISOString().slice(0, 10);
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString().slice(0, 10);

/** An admin API token made from the bootstrap admin's session, then plain Bearer requests. */
export async function countryTestApi(url: string, adminPassword: string): Promise<CountryTestApi> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${url}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken, origin: url },
    body: JSON.stringify({ name: 'country browser tests', role: 'admin' }),
  });
  if (created.status !== 201) throw new Error(`token: ${created.status} ${await created.text()}`);
  const { token } = (await created.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const call = async <T>(method: string, path: string, body?: unknown, type = 'application/json') => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? auth : { ...auth, 'content-type': type },
      body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  return {
    get: (path) => call('GET', path),
    send: (method, path, body) => call(method, path, body),
    bulk: (ndjson) => call('POST', '/api/reports/bulk', ndjson, 'application/x-ndjson'),
  };
}

/**
 * Eighteen months of demo reports for Sudan, Colombia and Ukraine (about 700), as NDJSON. The demo generator
 * marks its reports synthetic; through the API they are ordinary reports, which is what these tests need.
 */
export function demoNdjson(countries: readonly string[] = ['SDN', 'COL', 'UKR']): string {
  const from = daysAgo(548);
  const lines: string[] = [];
  for (const { synthetic: _synthetic, ...report } of generateDemoReports({
    endDate: today(),
    years: 2,
    countries: 4,
  })) {
    if (report.date >= from && countries.includes(report.country)) lines.push(JSON.stringify(report));
  }
  return lines.join('\n');
}

/**
 * Two reports on Myanmar in the last three weeks. The second sentence of the first starts with an emoji, so
 * the highlight offsets after it are counted in UTF-16 units as the scorer counts them.
 */
export function myanmarReports() {
  const source = { name: 'Field monitors', reliability: 'B2' };
  return [
    {
      country: 'MMR',
      date: daysAgo(20),
      title: 'Killings in Kyauk Taw',
      source,
      text:
        'Soldiers of the 33rd Light Infantry Division shot dead 14 Rohingya villagers in Kyauk Taw on Monday, ' +
        'according to survivors interviewed by our team. 🔥 Witnesses said troops separated the men and ' +
        'executed them near the monastery.',
    },
    {
      country: 'MMR',
      date: daysAgo(10),
      title: 'School bombed in Sagaing',
      source,
      text:
        'Military aircraft bombed a school in Sagaing region, killing at least 9 children. The junta blocked ' +
        'humanitarian convoys from reaching displaced families, and aid workers report that food is being used ' +
        'as a weapon. Officials called the Rohingya "vermin" on state television.',
    },
  ];
}

/** Loads the demo countries in one bulk upload and the Myanmar reports one by one. */
export async function loadCountryData(api: CountryTestApi): Promise<void> {
  const result = await api.bulk(demoNdjson());
  if (result.rejectedTotal !== 0 || result.accepted < 500) throw new Error(`bulk: ${JSON.stringify(result)}`);
  for (const report of myanmarReports()) await api.send('POST', '/api/reports', report);
}
