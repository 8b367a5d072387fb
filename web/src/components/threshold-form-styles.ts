import { css } from 'lit';

// Layout of the threshold editor and the webhook form: fields in wrapping columns, radio cards, the messages
// the server sends for a field (shown under it, in the danger colour and with a leading mark, not by colour only).
export const thresholdFormStyles = css`
  form h2 {
    margin-top: 0;
  }
  h2[tabindex='-1']:focus {
    outline: none;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0 1rem;
    align-items: start;
  }
  .grid input,
  .grid select {
    width: 100%;
  }
  .field-error {
    display: block;
    color: var(--danger);
    font-size: 0.875rem;
    font-weight: 600;
    margin-top: 0.25rem;
  }
  .field-error::before {
    content: '⚠ ';
  }
  select[aria-invalid='true'] {
    border-color: var(--danger);
  }
  fieldset {
    border: none;
    margin: 0 0 1rem;
    padding: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.35rem;
  }
  .kind {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0.5rem 1rem;
  }
  .kind legend {
    grid-column: 1 / -1;
  }
  .choice {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    font-weight: 400;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 0.6rem 0.75rem;
    margin: 0;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--accent);
    background: var(--accent-soft);
  }
  .choice input {
    margin-top: 0.25rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 400;
  }
  .check input {
    width: 1.1rem;
    height: 1.1rem;
  }
  .preview {
    background: var(--page);
    border-inline-start: 4px solid var(--accent);
    padding: 0.5rem 0.75rem;
    font-weight: 600;
  }
  .preview:empty {
    display: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .row .field {
    margin-bottom: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1.25rem;
  }
`;
