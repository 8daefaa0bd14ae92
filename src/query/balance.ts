// The last line of defence for query types vigil does not parse in depth: quotes are closed and brackets match.
import { Ch, QuerySyntaxError } from './lexer.ts';

const CLOSER: Record<number, number> = { [Ch.LParen]: Ch.RParen, [Ch.LBrace]: Ch.RBrace, 91: 93 };
const OPENER: Record<number, number> = { [Ch.RParen]: Ch.LParen, [Ch.RBrace]: Ch.LBrace, 93: 91 };

/** Throws a QuerySyntaxError at the first unterminated string, stray closer or unclosed opener. */
export function checkBalanced(text: string): void {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.DQuote || c === Ch.SQuote) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== c) j += text.charCodeAt(j) === Ch.Backslash ? 2 : 1;
      if (j >= text.length) {
        const q = String.fromCharCode(c);
        throw new QuerySyntaxError(`unterminated string: the ${q} opened here is never closed`, i, `add the closing ${q}`);
      }
      i = j;
    } else if (CLOSER[c] !== undefined) {
      stack.push(i);
    } else if (OPENER[c] !== undefined) {
      const open = stack.pop();
      const ch = String.fromCharCode(c);
      if (open === undefined) throw new QuerySyntaxError(`"${ch}" has no matching "${String.fromCharCode(OPENER[c] ?? 0)}"`, i);
      if (CLOSER[text.charCodeAt(open)] !== c) {
        const expected = String.fromCharCode(CLOSER[text.charCodeAt(open)] ?? 0);
        throw new QuerySyntaxError(`expected "${expected}" to close "${text[open]}" at offset ${open}, found "${ch}"`, i);
      }
    }
  }
  const open = stack.pop();
  if (open !== undefined) {
    throw new QuerySyntaxError(`"${text[open]}" at offset ${open} is never closed`, open,
      `add the matching "${String.fromCharCode(CLOSER[text.charCodeAt(open)] ?? 0)}"`);
  }
}
