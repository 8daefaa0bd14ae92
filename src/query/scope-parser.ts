// The `{…}` scope and `by {…}` groups of a metric term.
//
//   scope  := '{' or (',' or)* '}'
//   or     := and (OR and)*
//   and    := unary (AND unary)*
//   unary  := NOT unary | '!' tag | '(' or ')' | tag [ [NOT] IN '(' tag (',' tag)* ')' ]
//
// Datadog accepts either the symbolic style (`,` and `!`) or the keyword style (AND, OR, NOT, IN) in one scope,
// not both; keywords are matched in either case.
import type { Scope, ScopeNode } from './ast.ts';
import { Ch, type Scanner, isSpace, isTagEnd } from './lexer.ts';

type Keyword = 'AND' | 'OR' | 'NOT' | 'IN';

class ScopeParser {
  /** Offset of the first `,`/`!` and of the first keyword, to report mixing the two styles. */
  private symbolic = -1;
  private keywords = -1;

  constructor(private readonly s: Scanner, private readonly metric: string) {}

  parse(): Scope {
    const s: Scanner = this.s;
    s.skipSpace();
    const open = s.pos;
    if (!s.eat(Ch.LBrace)) {
      s.missing(Ch.LBrace, `after the metric name "${this.metric}"`,
        'add a scope: {*} for every source, or tags such as {env:prod}');
    }
    s.skipSpace();
    if (s.peek() === Ch.RBrace) {
      s.fail(`empty scope "{}" after "${this.metric}"; expected a tag such as "env:prod" or "*"`, s.pos,
        'use {*} to select every source');
    }
    const items = [this.or()];
    for (;;) {
      s.skipSpace();
      const c = s.peek();
      if (c === Ch.RBrace) break;
      if (c === Ch.Comma) {
        this.markSymbolic(s.pos);
        s.pos++;
        items.push(this.or());
        continue;
      }
      if (c < 0) {
        s.fail(`expected "}" to close the scope opened at offset ${open}, found end of query`, s.pos,
          'every "{" needs a matching "}"');
      }
      s.fail(`expected "," or "}" in the scope of "${this.metric}", found ${s.found()}`, s.pos,
        'separate tags with "," (or with AND / OR), e.g. {env:prod,service:web}');
    }
    s.pos++;
    return { items };
  }

  private or(): ScopeNode {
    const first = this.and();
    const operands = [first];
    while (this.keyword('OR')) operands.push(this.and());
    return operands.length === 1 ? first : { kind: 'or', operands };
  }

  private and(): ScopeNode {
    const first = this.unary();
    const operands = [first];
    while (this.keyword('AND')) operands.push(this.unary());
    return operands.length === 1 ? first : { kind: 'and', operands };
  }

  private unary(): ScopeNode {
    const s: Scanner = this.s;
    s.skipSpace();
    s.enter(s.pos);
    const node = this.operand();
    s.leave();
    return node;
  }

  private operand(): ScopeNode {
    const s: Scanner = this.s;
    if (this.keyword('NOT')) return { kind: 'not', operand: this.unary() };
    const c = s.peek();
    if (c === Ch.Bang) {
      this.markSymbolic(s.pos);
      s.pos++;
      return { kind: 'tag', tag: this.tag('!'), negated: true };
    }
    if (c === Ch.LParen) {
      const open = s.pos;
      s.pos++;
      const inner = this.or();
      s.skipSpace();
      if (s.peek() !== Ch.RParen) {
        s.fail(`expected ")" to close the "(" at offset ${open} in the scope, found ${s.found()}`, s.pos);
      }
      s.pos++;
      return { kind: 'group', inner };
    }
    const key = this.tag();
    const save = s.pos;
    const negated = this.keyword('NOT');
    if (this.keyword('IN')) return { kind: 'in', key, values: this.list(key), negated };
    if (negated) s.fail(`expected IN after "${key} NOT", found ${s.found()}`, s.pos, 'write "key NOT IN (a,b)"');
    s.pos = save;
    return { kind: 'tag', tag: key, negated: false };
  }

  /** `(a, b, c)` after IN. */
  private list(key: string): string[] {
    const s: Scanner = this.s;
    if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${key} IN"`, `write the values in parentheses: ${key} IN (a,b)`);
    s.skipSpace();
    if (s.peek() === Ch.RParen) s.fail(`empty list after "${key} IN"; expected at least one value`, s.pos);
    const values = [this.tag(key)];
    while (s.eat(Ch.Comma)) values.push(this.tag(key));
    if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `to close the list after "${key} IN"`);
    return values;
  }

  /** One tag such as `env:prod`, `host:web-*` or `*`; `after` is `!` or the key of an IN list, for messages. */
  private tag(after?: string): string {
    const s: Scanner = this.s;
    s.skipSpace();
    const start = s.pos;
    while (!isTagEnd(s.peek())) s.pos++;
    const tag = s.text.slice(start, s.pos);
    if (tag === '' || keywordOf(tag) !== undefined) {
      s.pos = start;
      const where = after === undefined ? 'in the scope' : after === '!' ? 'after "!"' : `in the list after "${after} IN"`;
      s.fail(`expected a tag such as "env:prod" ${where}, found ${s.found()}`, start);
    }
    return tag;
  }

  /** Consumes the keyword `kw` (any case) if it is the next word. */
  private keyword(kw: Keyword): boolean {
    const s: Scanner = this.s;
    s.skipSpace();
    const start = s.pos;
    const end = start + kw.length;
    const text = s.text;
    // Cheap rejections first: this runs after every tag, and almost never matches.
    if (end > s.length || !isTagEnd(text.charCodeAt(end))) return false;
    if ((text.charCodeAt(start) | 0x20) !== (kw.charCodeAt(0) | 0x20)) return false;
    if (keywordOf(text.slice(start, end)) !== kw) return false;
    if (this.symbolic >= 0) this.mixed(start);
    if (this.keywords < 0) this.keywords = start;
    s.pos = end;
    return true;
  }

  private markSymbolic(at: number): void {
    if (this.keywords >= 0) this.mixed(at);
    if (this.symbolic < 0) this.symbolic = at;
  }

  private mixed(at: number): never {
    this.s.fail('a scope cannot mix "," or "!" with AND, OR, NOT or IN', at,
      'use one style: {env:prod AND NOT region:us-east} or {env:prod,!region:us-east}');
  }
}

function keywordOf(word: string): Keyword | undefined {
  switch (word) {
    case 'AND': case 'and': return 'AND';
    case 'OR': case 'or': return 'OR';
    case 'NOT': case 'not': return 'NOT';
    case 'IN': case 'in': return 'IN';
    default: return undefined;
  }
}

/** Parses `{…}` at the cursor; `metric` names the metric for messages. */
export function parseScope(s: Scanner, metric: string): Scope {
  return new ScopeParser(s, metric).parse();
}

/**
 * The `{host,env}` of `by {host,env}`, the cursor just past `by`. `within` names a group list written elsewhere (the
 * outer layer of a multilayer space aggregation) for messages; spaces around the tags are allowed in both.
 */
export function parseGroupBy(s: Scanner, within?: string): string[] {
  const where = within ?? '"by {…}"';
  if (!s.eat(Ch.LBrace)) s.missing(Ch.LBrace, 'after "by"', `write the groups in braces, e.g. by {host}`);
  s.skipSpace();
  if (s.peek() === Ch.RBrace) {
    if (within !== undefined) {
      s.fail(`empty group list "{}" in ${within}; expected a tag key such as "env"`, s.pos,
        'name the tags the outer layer keeps, e.g. {env}');
    }
    s.fail('empty group-by "by {}"; expected a tag key such as "host"', s.pos, 'remove "by {}" or name a tag key');
  }
  const groups: string[] = [];
  for (;;) {
    s.skipSpace();
    const start = s.pos;
    while (!isTagEnd(s.peek())) s.pos++;
    if (s.pos === start) s.fail(`expected a tag key such as "host" in ${where}, found ${s.found()}`, start);
    groups.push(s.text.slice(start, s.pos));
    if (s.eat(Ch.Comma)) continue;
    if (s.eat(Ch.RBrace)) return groups;
    s.fail(`expected "," or "}" in ${where}, found ${s.found()}`, s.pos,
      s.atEnd() ? 'every "{" needs a matching "}"' : `separate group tags with ",", e.g. ${within ? '' : 'by '}{host,env}`);
  }
}

/** True when the next word is `by` (followed by a non-identifier character). */
export function atBy(s: Scanner): boolean {
  s.skipSpace();
  if (s.peek() !== 98 || s.peek(1) !== 121) return false;
  const after = s.peek(2);
  return after < 0 || isSpace(after) || after === Ch.LBrace;
}
