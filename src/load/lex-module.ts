// Finding a module's imports and exports with es-module-lexer, without lexing all of it when it need not be.
import { parse as lexImports } from 'es-module-lexer';

type Lexed = ReturnType<typeof lexImports>;

/**
 * Text that can put a line at column 0 which does not start a top-level statement or close one: a template literal,
 * a block comment, a string continued over a line, a line separator other than `\n`. Dynamic imports and
 * `import.meta` can sit on any line (oxc prints both without a space). Plain searches: a regular expression over
 * every file's whole text costs more.
 */
const NOT_LINE_SHAPED = ['`', '/*', '\\\n', '\r', '\u2028', '\u2029', 'import(', 'import.'];

/** A line that starts at column 0 (not indented, not empty). */
const TOP_LINE = /^[^\t \n].*/gm;

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
  if (!printed || NOT_LINE_SHAPED.some((text) => code.includes(text))) return lexImports(code, file);
  const starts: number[] = []; // per kept line: its offset in the shortened text, then in the code
  let short = '';
  let statements = 0;
  for (const line of code.matchAll(TOP_LINE)) {
    starts.push(short.length, line.index);
    short += `${line[0]}\n`;
    STATEMENT.lastIndex = 0;
    if (STATEMENT.test(line[0])) statements++;
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
