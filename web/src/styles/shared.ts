import { css } from 'lit';

// Controls, tables and messages shared by every page, adopted by each shadow root (adoptedStyleSheets,
// which the CSP allows, unlike inline style attributes).
export const sharedStyles = css`
  :host {
    display: block;
  }
  /* The document's box-sizing rule does not cross into shadow roots. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.75rem;
  }
  h1 {
    font-size: 1.6rem;
  }
  h2 {
    font-size: 1.2rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: var(--accent);
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  .card {
    background: var(--surface);
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 1.25rem 1.5rem;
    margin-bottom: 1.25rem;
  }
  .muted {
    color: var(--text-muted);
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .field {
    margin-bottom: 1rem;
  }
  .help {
    display: block;
    color: var(--text-muted);
    font-size: 0.875rem;
    margin-top: 0.25rem;
  }
  input,
  select {
    font: inherit;
    color: var(--text);
    background: var(--surface);
    border: 1px solid var(--border-strong);
    border-radius: var(--radius);
    padding: 0.45rem 0.6rem;
    min-width: 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--danger);
  }
  button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    border-radius: var(--radius);
    padding: 0.45rem 1rem;
    border: 1px solid var(--accent);
    background: var(--accent);
    color: var(--on-accent);
  }
  button:hover {
    background: var(--accent-hover);
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.65;
  }
  button.secondary {
    background: var(--surface);
    color: var(--accent);
  }
  button.secondary:hover {
    background: var(--accent-soft);
  }
  button.danger {
    background: var(--surface);
    border-color: var(--danger);
    color: var(--danger);
  }
  button.danger:hover {
    background: var(--danger-soft);
  }
  /* A form laid out in columns that wrap: the add-user and create-token forms. */
  .form-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    gap: 0 1rem;
    align-items: start;
    margin-top: 1.5rem;
  }
  .form-grid > h3,
  .form-grid > .message {
    grid-column: 1 / -1;
  }
  .form-grid input,
  .form-grid select {
    width: 100%;
  }
  /* Level with the inputs, below their labels, whatever the length of the help texts. */
  .form-grid > .actions {
    margin-top: 1.75rem;
    margin-bottom: 1rem;
  }
  .message {
    border-radius: var(--radius);
    padding: 0.6rem 0.9rem;
    margin: 0 0 1rem;
    border: 1px solid;
  }
  .message.error {
    color: var(--danger);
    background: var(--danger-soft);
    border-color: var(--danger);
  }
  .message.success {
    color: var(--success);
    background: var(--success-soft);
    border-color: var(--success);
  }
  /* Live regions stay in the layout even when empty (some screen readers ignore regions that appear). */
  .message:empty {
    padding: 0;
    margin: 0;
    border: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem 0.6rem;
    border-bottom: 1px solid var(--border);
    vertical-align: top;
  }
  thead th {
    font-weight: 600;
    color: var(--text-muted);
    background: var(--page);
  }
  tbody th {
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
  }
  code {
    font-family: var(--mono);
    font-size: 0.9em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
