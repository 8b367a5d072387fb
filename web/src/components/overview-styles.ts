import { css, unsafeCSS } from 'lit';
import { LEVEL_FILL, LEVEL_INK, LEVELS } from '../charts/levels.ts';

/**
 * `.level.<level>` badges in the shared level colours. Classes, not styleMap: styleMap's first render writes a
 * style attribute, which the CSP refuses. The colours are our own constants, never data, so unsafeCSS is safe.
 */
export const levelBadgeStyles = [
  css`
    .level {
      display: inline-block;
      padding: 0.05rem 0.45rem;
      border-radius: 3px;
      border: 1px solid var(--border-strong);
      white-space: nowrap;
      font-size: 0.875rem;
    }
  `,
  ...LEVELS.map(
    (level) => css`
      .level.${unsafeCSS(level)} {
        background: ${unsafeCSS(LEVEL_FILL[level])};
        color: ${unsafeCSS(LEVEL_INK[level])};
      }
    `,
  ),
];
