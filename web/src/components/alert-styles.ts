import { css } from 'lit';

// Looks shared by the alerts inbox, the alert page and the thresholds page. Each status has its own symbol and
// border as well as its colour, so it reads in greyscale and for colour-blind readers; the word is always there.
export const alertStyles = css`
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-size: 0.82rem;
    font-weight: 600;
    line-height: 1.4;
    border-radius: 999px;
    padding: 0.05rem 0.55rem;
    border: 1px solid var(--border-strong);
    white-space: nowrap;
  }
  .status.open {
    color: var(--danger);
    background: var(--danger-soft);
    border: 2px solid var(--danger);
  }
  .status.acknowledged {
    color: #6b4e00;
    background: var(--warning-soft);
    border: 1px dashed var(--warning-border);
  }
  .status.resolved {
    color: var(--success);
    background: var(--success-soft);
    border-color: var(--success);
  }
  .holding {
    font-weight: 600;
  }
  .tag {
    display: inline-block;
    font-size: 0.75rem;
    font-weight: 600;
    border: 1px solid var(--border-strong);
    border-radius: var(--radius);
    padding: 0 0.35rem;
    color: var(--text-muted);
    white-space: nowrap;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
