/**
 * `text` cut to at most `max` characters with an ellipsis, for SVG labels (which do not wrap). Counts whole
 * characters, so an emoji or an accented letter is never cut in half. The full text always goes in a
 * `<title>` or the table beside the chart.
 */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
