import type { BriefingDoc } from './briefing-model.ts';

/** Plain text for SMS and messaging apps: at most 480 characters (three SMS segments), no markup. */
export function renderSms(doc: BriefingDoc): string {
  return doc.sms.text;
}
