// Markdown building blocks for the generated catalog: escaping, so names and messages render as the text they are.

/**
 * Inline text: what would start emphasis, a link, code or HTML is escaped, and newlines become spaces. Only what
 * markdown would misread is escaped, so the generated files stay readable in a diff: `[prod]` stays as it is.
 */
export function text(s: string): string {
  return s
    .replace(/[\\`*<|]/g, (c) => `\\${c}`)
    .replace(/\](?=[([])/g, '\\]')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/(^|[^\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (m) => m.replace('_', '\\_'))
    .replace(/\s*\n\s*/g, ' ');
}

/** Inline code that holds any text: the fence is longer than the longest backtick run inside. */
export function code(s: string): string {
  const flat = s.replace(/\s*\n\s*/g, ' ');
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  // In a table a bare "|" ends the cell even inside code, so it is escaped there too (GitHub removes the backslash).
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A fenced code block whose fence cannot be closed by the content. */
export function codeBlock(s: string, lang = 'text'): string[] {
  const fence = '`'.repeat(Math.max(3, longestRun(s, '`') + 1));
  return [`${fence}${lang}`, ...s.split('\n'), fence];
}

/** A table with a header row: screen readers announce each cell with its column name. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('left' | 'right')[]): string[] {
  const rule = header.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** The anchor GitHub generates for a heading: lowercase, punctuation dropped, spaces to dashes. */
export function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** A safe file name for a team page. */
export function fileSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'team';
}

/** A link only for http(s) URLs; anything else is shown as code, never as a clickable `javascript:` link. */
export function link(label: string, url: string): string {
  return /^https?:\/\//i.test(url) ? `[${text(label)}](${url.replace(/[()\s]/g, encodeURIComponent)})` : code(url);
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function longestRun(s: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
