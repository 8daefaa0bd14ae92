// Composite monitor queries: boolean expressions over other monitors.
//
//   expr    := and ('||' and)*
//   and     := unary ('&&' unary)*
//   unary   := '!' unary | '(' expr ')' | monitor-id | '${' logical-id '}'
import type { CompositeExpr, CompositeQuery } from './ast.ts';
import { Ch, type Scanner, isDigit, isIdentPart, isSpace } from './lexer.ts';
import { expectEnd } from './threshold.ts';

const OPERAND = 'a monitor id or "${logical-id}"';

class CompositeParser {
  readonly refs: string[] = [];

  constructor(private readonly s: Scanner) {}

  parse(): CompositeQuery {
    const expr = this.or('the start of the query');
    expectEnd(this.s, 'the composite expression', this.wordOperatorHint());
    return { kind: 'composite', expr };
  }

  private or(after: string): CompositeExpr {
    let left = this.and(after);
    while (this.operator(Ch.Pipe)) left = { kind: 'or', left, right: this.and('"||"') };
    return left;
  }

  private and(after: string): CompositeExpr {
    let left = this.unary(after);
    while (this.operator(Ch.Amp)) left = { kind: 'and', left, right: this.unary('"&&"') };
    return left;
  }

  /** Consumes `&&` or `||`; a single `&` or `|` is an error. */
  private operator(ch: number): boolean {
    const s: Scanner = this.s;
    s.skipSpace();
    if (s.peek() !== ch) return false;
    const doubled = String.fromCharCode(ch, ch);
    if (s.peek(1) !== ch) s.fail(`expected "${doubled}", found "${String.fromCharCode(ch)}"`, s.pos, `write ${doubled}`);
    s.pos += 2;
    return true;
  }

  private unary(after: string): CompositeExpr {
    const s: Scanner = this.s;
    s.skipSpace();
    s.enter(s.pos);
    const e = this.operand(after);
    s.leave();
    return e;
  }

  private operand(after: string): CompositeExpr {
    const s: Scanner = this.s;
    const at = s.pos;
    const c = s.peek();
    if (c === Ch.Bang) {
      s.pos++;
      return { kind: 'not', operand: this.unary('"!"') };
    }
    if (c === Ch.LParen) {
      s.pos++;
      const inner = this.or('"("');
      s.skipSpace();
      if (s.peek() !== Ch.RParen) {
        s.fail(`expected ")" to close the "(" at offset ${at}, found ${s.found()}`, s.pos,
          s.atEnd() ? 'every "(" needs a matching ")"' : this.wordOperatorHint());
      }
      s.pos++;
      return { kind: 'group', inner };
    }
    if (isDigit(c)) {
      while (isDigit(s.peek())) s.pos++;
      if (isIdentPart(s.peek())) s.fail(`expected ${OPERAND} after ${after}, found ${s.found(at)}`, at);
      return { kind: 'monitor-id', id: Number(s.text.slice(at, s.pos)) };
    }
    if (c === Ch.Dollar && s.peek(1) === Ch.LBrace) return { kind: 'ref', ref: this.ref() };
    s.fail(`expected ${OPERAND} after ${after}, found ${s.found()}`, at,
      s.atEnd() ? 'an operator must be followed by another monitor' : 'refer to monitors by logical id, e.g. ${checkout-errors} && ${checkout-latency}');
  }

  /** `${logical-id}`; the cursor is on `$`. */
  private ref(): string {
    const s: Scanner = this.s;
    const at = s.pos;
    s.pos += 2;
    const start = s.pos;
    while (s.pos < s.length) {
      const c = s.peek();
      if (c === Ch.RBrace || isSpace(c) || c === Ch.LBrace || c === Ch.Dollar || c === Ch.DQuote || c === Ch.SQuote) break;
      s.pos++;
    }
    const ref = s.text.slice(start, s.pos);
    if (s.peek() !== Ch.RBrace) {
      s.fail(`expected "}" to close the reference opened at offset ${at}, found ${s.found()}`, s.pos,
        'a reference reads ${logical-id}');
    }
    if (ref === '') s.fail('empty reference "${}"; expected a logical id such as ${checkout-errors}', at);
    s.pos++;
    if (!this.refs.includes(ref)) this.refs.push(ref);
    return ref;
  }

  private wordOperatorHint(): string | undefined {
    const s: Scanner = this.s;
    s.skipSpace();
    const i = s.pos;
    const word = s.text.slice(i, i + 4).toLowerCase();
    if (word.startsWith('and')) return 'write && instead of AND';
    if (word.startsWith('or')) return 'write || instead of OR';
    if (word.startsWith('not')) return 'write ! instead of NOT';
    return undefined;
  }
}

/** Parses a composite query; `refs` lists the `${logical-id}` references in order of first use. */
export function parseComposite(s: Scanner): { ast: CompositeQuery; refs: string[] } {
  const parser = new CompositeParser(s);
  return { ast: parser.parse(), refs: parser.refs };
}
