// The `<comparator> <threshold>` tail shared by metric, search and SLO queries.
import type { Comparator } from './ast.ts';
import { type Scanner, isSpace } from './lexer.ts';

const COMPARATOR_CHARS = '<>=!';

/** A misspelt comparator and what the author most likely meant. */
const LIKELY: Record<string, Comparator> = { '=': '==', '=>': '>=', '=<': '<=', '<>': '!=', '===': '==', '!==': '!=' };

export interface Condition {
  comparator: Comparator;
  threshold: number;
}

/**
 * Reads `> 90` at the end of a query. With `required`, a missing comparator is an error; nothing may follow the
 * threshold except what `trailer` accepts (the caller reads it). `after` names what precedes the condition, for
 * messages: a text, or the offset where the query began, to quote it.
 */
export function parseCondition(
  s: Scanner, afterWhat: string | number, required: boolean, trailer?: (s: Scanner) => boolean,
): Condition | undefined {
  const after = (): string => (typeof afterWhat === 'string' ? afterWhat : `"${s.since(afterWhat)}"`);
  s.skipSpace();
  if (s.atEnd()) {
    if (!required) return undefined;
    s.fail(`expected a comparator such as ">" after ${after()}, found end of query`, s.pos,
      'end the query with a comparator and the critical threshold, e.g. "> 90"');
  }
  const at = s.pos;
  let end = at;
  while (end < s.length && COMPARATOR_CHARS.includes(s.text[end] ?? '')) end++;
  const op = s.text.slice(at, end);
  if (op === '') {
    if (!required) {
      expectEnd(s, after());
      return undefined;
    }
    s.fail(`expected a comparator such as ">" after ${after()}, found ${s.found()}`, at,
      'metric, search and SLO queries end with a comparator and the critical threshold, e.g. "> 90"');
  }
  if (!isComparator(op)) {
    const likely = LIKELY[op];
    s.fail(`"${op}" is not a comparator; expected one of >, >=, <, <=, ==, !=`, at,
      likely ? `write "${likely}"` : undefined);
  }
  s.pos = end;
  s.skipSpace();
  const numberAt = s.pos;
  const threshold = s.readNumber();
  if (threshold === undefined || !Number.isFinite(threshold)) {
    s.fail(`expected a number after "${op}", found ${s.found(numberAt)}`, numberAt,
      'the threshold is a plain number such as 90, 0.5 or -20');
  }
  s.skipSpace();
  if (!s.atEnd() && !trailer?.(s)) expectEnd(s, `the threshold "${s.text.slice(numberAt, s.pos).trim()}"`);
  return { comparator: op, threshold };
}

/** Fails unless only whitespace remains. */
export function expectEnd(s: Scanner, after: string, hint?: string): void {
  s.skipSpace();
  if (s.atEnd()) return;
  s.fail(`unexpected ${s.found()} after ${after}; the query should end here`, s.pos, hint);
}

export function isComparator(op: string): op is Comparator {
  return op === '>' || op === '>=' || op === '<' || op === '<=' || op === '==' || op === '!=';
}

/** True when the cursor sits (after whitespace) on a comparator character. */
export function atComparator(s: Scanner): boolean {
  let i = s.pos;
  while (i < s.length && isSpace(s.text.charCodeAt(i))) i++;
  return i < s.length && COMPARATOR_CHARS.includes(s.text[i] ?? '');
}
