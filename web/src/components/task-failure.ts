import { type Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { toApiError } from '../api/client.ts';
import { t } from '../i18n/index.ts';
import { errorText } from './error-text.ts';

/** A failed fetch of a page section: what went wrong, in the UI language, and a button to try again. */
export function taskFailure(task: Task<readonly unknown[], unknown>) {
  if (task.status !== TaskStatus.ERROR) return nothing;
  return html`<p class="message error" role="alert">
      ${t('error.loadFailed', { reason: errorText(toApiError(task.error)) })}
    </p>
    <button type="button" class="secondary" @click=${() => task.run()}>${t('common.retry')}</button>`;
}
