import type { ProtectedName } from '../../../server/contract/briefings.ts';
import { request } from './client.ts';

export type { ProtectedName };

/** The choices of a briefing, as the API takes them. */
export interface BriefingChoices {
  iso3: string;
  lang: 'en' | 'es';
  format: 'pdf' | 'html' | 'md' | 'sms';
  variant: 'full' | 'handout';
  from: string;
  to: string;
  redactSources: boolean;
}

/**
 * The briefing's URL. A plain GET with the session cookie, so a normal `<a download>` link and the preview
 * iframe can load it; `inline` asks for the HTML to be shown rather than downloaded (the preview).
 */
export function briefingUrl(choices: BriefingChoices, inline = false): string {
  const query = new URLSearchParams({
    lang: choices.lang,
    format: inline ? 'html' : choices.format,
    variant: choices.variant,
    redactSources: String(choices.redactSources),
  });
  if (choices.from) query.set('from', choices.from);
  if (choices.to) query.set('to', choices.to);
  if (inline) query.set('disposition', 'inline');
  return `/api/briefings/${encodeURIComponent(choices.iso3)}?${query}`;
}

export function listProtectedNames(signal?: AbortSignal): Promise<{ items: ProtectedName[] }> {
  return request('/api/protected-names', signal ? { signal } : {});
}

export function addProtectedName(name: string, note?: string): Promise<ProtectedName> {
  return request('/api/protected-names', { method: 'POST', body: note ? { name, note } : { name } });
}

export function removeProtectedName(id: string): Promise<void> {
  return request(`/api/protected-names/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
