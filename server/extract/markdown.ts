/**
 * Markdown is already text: we only remove the markup that would otherwise sit inside quoted evidence
 * ("**killed**", "[UNHCR](https://…)"), keep every word, and take the first heading as the title. A full
 * Markdown parser (marked, remark) would be a dependency for the same result on reports, which use headings,
 * emphasis, links and lists. Emphasis with `_` is only stripped at word boundaries, so snake_case survives.
 */
export function stripMarkdown(source: string): { text: string; title?: string } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  let title: string | undefined;
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      kept.push(line);
      continue;
    }
    // Reference-style link definitions ("[1]: https://…") and setext underlines carry no words.
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line) || /^\s{0,3}(=+|-+)\s*$/.test(line)) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const text = inline(heading ? heading[1]! : line.replace(/^\s{0,3}>\s?/, ''));
    if (heading && title === undefined && text !== '') title = text;
    kept.push(text);
  }
  return { text: kept.join('\n'), ...(title !== undefined && { title }) };
}

function inline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1');
}
