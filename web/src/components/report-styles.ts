import { css } from 'lit';

// Looks shared by the reports list, the report page and the ingest preview: badges, marks, lists of codes.
export const reportStyles = css`
  .badge {
    display: inline-block;
    font-size: 0.78rem;
    font-weight: 600;
    line-height: 1.4;
    border-radius: 999px;
    padding: 0.05rem 0.55rem;
    border: 1px solid var(--border-strong);
    color: var(--text-muted);
    background: var(--surface);
    white-space: nowrap;
  }
  /* Synthetic (demo) data: dashed and striped so it reads as "not real" in colour and in greyscale. */
  .badge.synthetic {
    border-style: dashed;
    border-color: var(--warning-border);
    color: var(--text);
    background: repeating-linear-gradient(
      -45deg,
      var(--warning-soft),
      var(--warning-soft) 4px,
      var(--surface) 4px,
      var(--surface) 8px
    );
  }
  .codes {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .codes li {
    font-family: var(--mono);
    font-size: 0.85rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 0 0.35rem;
    background: var(--page);
  }
  mark {
    background: #ffe08a;
    color: var(--text);
    border-bottom: 2px solid #8a6d00;
    padding: 0 1px;
    border-radius: 2px;
  }
  .context {
    font-size: 0.8rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
`;
