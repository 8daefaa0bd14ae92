// Pure functions for vigil's pull-request comment: the hidden marker that finds it again, and splitting a plan that
// is longer than GitHub allows into numbered parts. No I/O here; `sticky-comment.ts` does the calls.

/** The hidden first line of every comment vigil owns. Comments are matched by it, never by author or position. */
export const MARKER = '<!-- vigil-plan -->';
/** GitHub refuses comment bodies longer than this ("body is too long (maximum is 65536 characters)"). */
export const MAX_BODY = 65_536;
/** Room kept in each part for the marker lines and the continuation or truncation notes. */
const RESERVE = 512;
const PART = /^<!-- vigil-plan-part (\d+)\/(\d+) -->$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface CommentOptions {
  /** Tells several vigil projects on one pull request apart: the marker becomes `<!-- vigil-plan:KEY -->`. */
  key?: string;
  /** Maximum characters per body (GitHub's limit by default). */
  max?: number;
  /** More parts than this and the plan is cut, with a note: a reviewer will not page through dozens. Default 10. */
  maxParts?: number;
}

export function markerFor(key?: string): string {
  return key ? `<!-- vigil-plan:${key} -->` : MARKER;
}

/** Which part of vigil's comment a body is (1-based), or undefined when the comment is not vigil's. */
export function partOf(body: string | null | undefined, key?: string): { index: number; total: number } | undefined {
  if (!body) return undefined;
  const [first, second] = body.replace(/\r\n/g, '\n').split('\n', 2);
  if (first !== markerFor(key)) return undefined;
  const m = PART.exec(second ?? '');
  return m ? { index: Number(m[1]), total: Number(m[2]) } : { index: 1, total: 1 };
}

/** The bodies to post, in order. Each starts with the marker and its part line, so a re-run updates it in place. */
export function commentBodies(markdown: string, options: CommentOptions = {}): string[] {
  const max = options.max ?? MAX_BODY;
  const maxParts = options.maxParts ?? 10;
  const text = `${markdown.replace(/\r\n/g, '\n').trimEnd()}\n`;
  let chunks = splitMarkdown(text, max - RESERVE);
  const truncated = chunks.length > maxParts;
  if (truncated) chunks = chunks.slice(0, maxParts);
  const n = chunks.length;
  return chunks.map((chunk, i) => {
    const head = `${markerFor(options.key)}\n<!-- vigil-plan-part ${i + 1}/${n} -->\n`;
    const lead = i > 0 ? `*vigil plan, continued: part ${i + 1} of ${n}.*\n\n` : '';
    const tail = i < n - 1
      ? `\n*Continued in the next comment: part ${i + 2} of ${n}.*\n`
      : truncated
        ? `\n> [!NOTE]\n> The plan (${text.length} characters) is too long for ${maxParts} comments and was cut here. Run "vigil plan" or open the workflow run's plan artifact for the rest.\n`
        : '';
    return head + lead + chunk + tail;
  });
}

/**
 * Splits markdown into chunks of at most `budget` characters. Cuts preferably at blank lines outside code fences
 * and `<details>` blocks, where a cut does not change the rendering; a block too big for one chunk is cut at line
 * ends, closing an open code fence before the cut and reopening it after; a line too long is cut anywhere.
 */
export function splitMarkdown(text: string, budget: number): string[] {
  if (text.length <= budget) return [text];
  const chunks: string[] = [];
  let current = '';
  for (const block of blocks(text)) {
    if (current.length + block.length <= budget) {
      current += block;
      continue;
    }
    if (current) chunks.push(current);
    current = '';
    if (block.length <= budget) {
      current = block;
      continue;
    }
    const pieces = splitLines(block, budget);
    chunks.push(...pieces.slice(0, -1));
    current = pieces.at(-1) ?? '';
  }
  if (current) chunks.push(current);
  return chunks;
}

function blocks(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let fence: string | undefined;
  let depth = 0;
  for (const line of lines(text)) {
    current += line;
    const bare = line.replace(/\n$/, '');
    if (fence) {
      if (closesFence(bare, fence)) fence = undefined;
      continue;
    }
    const open = FENCE.exec(bare);
    if (open) {
      fence = open[1];
      continue;
    }
    depth = Math.max(0, depth + count(bare, /<details\b/gi) - count(bare, /<\/details>/gi));
    if (bare.trim() === '' && depth === 0) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

function splitLines(block: string, budget: number): string[] {
  const out: string[] = [];
  let current = '';
  let fence: string | undefined;
  let opener = '';
  for (const line of lines(block)) {
    for (const piece of hardSplit(line, Math.floor(budget / 2))) {
      const closing = fence ? `${fence}\n` : '';
      if (current && current.length + piece.length + closing.length > budget) {
        // Inside a fence the cut needs a closing fence on its own line; elsewhere the text is kept exactly.
        out.push(fence ? `${current}${current.endsWith('\n') ? '' : '\n'}${closing}` : current);
        current = fence ? opener : '';
      }
      current += piece;
    }
    const bare = line.replace(/\n$/, '');
    if (fence) {
      if (closesFence(bare, fence)) fence = undefined;
    } else {
      const open = FENCE.exec(bare);
      if (open) {
        fence = open[1];
        opener = `${bare}\n`;
      }
    }
  }
  if (current) out.push(current);
  return out;
}

function closesFence(line: string, fence: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return Boolean(m) && m![1]![0] === fence[0] && m![1]!.length >= fence.length;
}

function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Cuts a string into pieces of at most `size` UTF-16 units without splitting a surrogate pair. */
function hardSplit(s: string, size: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest.length > size) {
    let cut = size;
    const code = rest.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut -= 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}
