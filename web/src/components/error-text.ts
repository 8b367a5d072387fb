import type { ApiError } from '../api/client.ts';
import { t } from '../i18n/index.ts';

/**
 * A translated sentence for an API error. Field-level details come from the server in English; they are
 * appended as plain text because they name the exact field and rule that failed.
 */
export function errorText(error: ApiError): string {
  const details = error.details.map((detail) => `${detail.path}: ${detail.message}`).join('; ');
  return details ? `${t(`error.${error.code}`)} (${details})` : t(`error.${error.code}`);
}
