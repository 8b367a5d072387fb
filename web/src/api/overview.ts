// The overview's endpoints: the country ranking and the ranking's sparklines.
// Response types come from the server's contract (type-only imports: nothing of the server is bundled).
import type { z } from 'zod';
import type {
  Ranking as ContractRanking,
  RankingItem as ContractRankingItem,
  Sparklines as ContractSparklines,
} from '../../../server/contract/countries.ts';
import { request } from './client.ts';

export type Ranking = z.infer<typeof ContractRanking>;
export type RankingItem = z.infer<typeof ContractRankingItem>;
export type Region = NonNullable<RankingItem['region']>;
export type Sparklines = z.infer<typeof ContractSparklines>;

/** Countries with reports as of a day (the server's today when omitted), highest score first. */
export function getRanking(asOf: string | undefined, signal?: AbortSignal): Promise<Ranking> {
  const query = asOf ? `?${new URLSearchParams({ asOf })}` : '';
  return request<Ranking>(`/api/countries${query}`, { signal });
}

/** Every ranked country's score at the last `months` month ends up to `asOf` (the last date is `asOf`). */
export function getSparklines(
  asOf: string | undefined,
  months: number,
  signal?: AbortSignal,
): Promise<Sparklines> {
  const query = new URLSearchParams({ months: String(months) });
  if (asOf) query.set('asOf', asOf);
  return request<Sparklines>(`/api/countries/sparklines?${query}`, { signal });
}
