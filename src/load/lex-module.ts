// Finding a module's imports and exports with es-module-lexer, without lexing all of it when it need not be.
import { parse as lexImports } from 'es-module-lexer';

type Lexed = ReturnType<typeof lexImports>;

/**
 * Text that can put a line at column 0 which does not start a top-level statement or close one: a template literal,
 * a block comment, a string continued over a line. Dynamic imports and `import.meta` can sit on any line.
 */
const NOT_LINE_SHAPED = /`|\/\*|\\\r?\n|\bimport\s*[(.]/;

/** An import or export statement starting at `lastIndex`. */
const STATEMENT = /(?:import|export)(?![\p{ID_Continue}$])/uy;

/**
 * Lexes a module: its imports, and its exports with the statement each starts at. Definition files are mostly
 * long object literals inside a few top-level statements, and oxc prints every top-level statement from column 0
 * and everything nested indented. For oxc's output (`printed`), only the lines at column 0 are lexed — the
 * statements' first lines and their closing lines — and the positions are mapped back. Code where a line at column 0
 * could be something else, or where the shortened text does not account for every import and export statement
 * at column 0, is lexed whole.
 */
export function lexModule(code: string, file: string, printed: boolean): Lexed {
  if (!printed || NOT_LINE_SHAPED.test(code)) return lexImports(code, file);
  const starts: number[] = []; // per kept line: its offset in the shortened text, then in the code
  let short = '';
  let statements = 0;
  for (let at = 0; at < code.length;) {
    let end = code.indexOf('\n', at);
    if (end < 0) end = code.length;
    const c = code.charCodeAt(at);
    if (end > at && c !== 9 && c !== 32) {
      starts.push(short.length, at);
      short += code.slice(at, end) + '\n';
      STATEMENT.lastIndex = at;
      if (STATEMENT.test(code)) statements++;
    }
    at = end + 1;
  }
  let lexed: Lexed;
  try {
    lexed = lexImports(short, file);
  } catch {
    return lexImports(code, file);
  }
  const [imports, exports, facade, hasModuleSyntax] = lexed;
  const found = new Set<number>();
  for (const i of imports) found.add(i.ss);
  for (const e of exports) found.add(e.ss);
  // A statement the shortened text lost part of (an export list over several lines) shows here.
  if (found.size !== statements) return lexImports(code, file);
  const place = (p: number): number => {
    if (p < 0) return p;
    let lo = 0;
    let hi = starts.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid * 2]! <= p) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo * 2 + 1]! + (p - starts[lo * 2]!);
  };
  return [
    imports.map((i) => ({ ...i, s: place(i.s), e: place(i.e), ss: place(i.ss), se: place(i.se), d: place(i.d), a: place(i.a) })),
    exports.map((e) => ({ ...e, s: place(e.s), e: place(e.e), ls: place(e.ls), le: place(e.le), ss: place(e.ss) })),
    facade,
    hasModuleSyntax,
  ] as unknown as Lexed;
}
