import { css } from 'lit';

// The evidence item's look, kept apart from its logic.
export const evidenceItemStyles = css`
  article {
    border: 1px solid var(--border);
    border-left: 4px solid var(--accent);
    border-radius: var(--radius);
    padding: 0.9rem 1.1rem;
    background: var(--surface);
  }
  article.rejected {
    border-left-color: var(--border-strong);
    background: var(--page);
  }
  article.rejected blockquote {
    text-decoration: line-through;
    text-decoration-color: var(--text-muted);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.4rem 1rem;
    align-items: baseline;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .badge {
    font-size: 0.8rem;
    font-weight: 600;
    border: 1px solid var(--border-strong);
    border-radius: 999px;
    padding: 0.05rem 0.55rem;
    color: var(--text-muted);
  }
  .badge.confirmed {
    color: var(--success);
    border-color: var(--success);
    background: var(--success-soft);
  }
  .badge.rejected {
    color: var(--danger);
    border-color: var(--danger);
    background: var(--danger-soft);
  }
  .badge.synthetic {
    color: var(--text);
    border-color: var(--warning-border);
    background: var(--warning-soft);
  }
  blockquote {
    margin: 0 0 0.6rem;
    padding: 0.5rem 0.8rem;
    border-left: 3px solid var(--border);
    font-size: 1.02rem;
    line-height: 1.55;
    overflow-wrap: anywhere;
  }
  mark {
    background: #ffe58a;
    color: inherit;
    font-weight: 600;
    border-bottom: 2px solid #8a6d00;
    padding: 0 0.1em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 1rem;
    margin: 0 0 0.5rem;
    font-size: 0.92rem;
  }
  dt {
    font-weight: 600;
    color: var(--text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .provisions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .note,
  .review-status {
    font-size: 0.92rem;
  }
  .report-link {
    margin-bottom: 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .review-form textarea {
    font: inherit;
    width: 100%;
    border: 1px solid var(--border-strong);
    border-radius: var(--radius);
    padding: 0.4rem 0.6rem;
    margin-bottom: 0.5rem;
  }
`;
