// Running a definition file as a function instead of an ES module. Most definition files are leaves: nothing imports
// them, and they import only vigil, Node's builtins and the project's own modules. Node's loader costs such a file
// more than running it: its code travels through a data: URL (encoded, parsed and hashed several times) and through
// the loader's resolve, load and link steps. A leaf with plain import and export statements runs the same as a
// function that is given its imports and returns its exports. Anything less plain stays a module.
import vm from 'node:vm';
import type { ExportSpecifier } from 'es-module-lexer';

/** A static `import … from` (or `export … from`) statement, and what its specifier names. */
export interface StaticImport {
  /** The statement's span in the transformed code (the `;` not included). */
  start: number;
  end: number;
  /** The specifier as the user wrote it. */
  specifier: string;
  /** What to import instead: a URL, or the user module (by file) whose copy it is; absent for a builtin. */
  url?: string;
  copyOf?: string;
  /** `with { … }` attributes: left to Node. */
  attributes: boolean;
}

/** One name an import binds: `imported` is an export name, or `*` for the namespace. */
interface Binding {
  imported: string;
  local: string;
}

/** A module rewritten as a function body, and how to call it. */
export interface ScriptForm {
  /**
   * On the first line, the strict directive and the imports' bindings as constants (as in a module, they exist before
   * the first statement, cannot be assigned, and clash with a declaration of the same name); then the module's code
   * with its import and export syntax blanked; then the exports' values returned.
   */
  body: string;
  /** Characters put before the code on its first line. */
  prefix: number;
  /** Per import statement, in order: the names it binds, in the order the function takes their values. */
  imports: { statement: StaticImport; bindings: Binding[] }[];
  /** Export names, in the order the body returns their values. */
  exportNames: string[];
}

/** The one parameter: the imports' values, in the order of their bindings. */
const IMPORTS_PARAM = '$vigil$imports';
/** The local an `export default <expression>` is assigned to, declared in the prefix. */
const DEFAULT_LOCAL = '$vigil$dflt';
const IDENT = String.raw`[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*`;
const NAMESPACE = new RegExp(String.raw`^\*\s*as\s+(${IDENT})$`, 'u');
const NAMED_ITEM = new RegExp(String.raw`^(${IDENT})(?:\s+as\s+(${IDENT}))?$`, 'u');
const LOCAL = new RegExp(`^${IDENT}$`, 'u');
/**
 * Words whose meaning differs between a module's top level and a function's body (top-level `await`, the
 * `arguments` object), found anywhere in the text: a file using them stays a module even if only a string holds them.
 */
const MODULE_ONLY = /\b(?:await|arguments)\b/;

/**
 * The function form of a module, or undefined when the module is not plain enough to run as one. `imports` are the
 * module's static imports (its dynamic imports and `import.meta` must already have ruled it out), `exports` what
 * es-module-lexer found.
 */
export function scriptForm(code: string, imports: readonly StaticImport[], exports: readonly ExportSpecifier[]): ScriptForm | undefined {
  if (MODULE_ONLY.test(code)) return undefined;
  const blanks: [start: number, end: number, text?: string][] = [];
  const formImports: ScriptForm['imports'] = [];
  for (const statement of imports) {
    if (statement.attributes) return undefined;
    const bindings = importBindings(code.slice(statement.start, statement.end));
    if (!bindings) return undefined;
    formImports.push({ statement, bindings });
    blanks.push([statement.start, statement.end]);
  }
  const exportNames: string[] = [];
  const exportLocals: string[] = [];
  const statements = new Map<number, ExportSpecifier[]>();
  for (const e of exports) {
    const list = statements.get(e.ss);
    if (list) list.push(e);
    else statements.set(e.ss, [e]);
  }
  for (const [start, specifiers] of statements) {
    if (!code.startsWith('export', start)) return undefined;
    let at = start + 6;
    while (at < code.length && code.charCodeAt(at) <= 32) at++;
    if (code[at] === '{') {
      // `export { a, b as c };`: the lexer gives each name and its local; the statement goes.
      const close = code.indexOf('}', at);
      if (close < 0 || specifiers.some((s) => s.ln === undefined || !LOCAL.test(s.ln) || s.e > close)) return undefined;
      blanks.push([start, close + 1]);
    } else if (code.startsWith('default', at)) {
      // `export default <expression>;` becomes an assignment. A default function or class declaration binds a
      // name and is hoisted, which an expression is not: such a file stays a module.
      const end = at + 7;
      if (/^\s*(?:async\s+)?(?:function|class)\b/.test(code.slice(end, end + 40))) return undefined;
      const assign = `${DEFAULT_LOCAL} =`;
      if (end - start < assign.length + 1) return undefined;
      blanks.push([start, end, assign]);
      exportNames.push('default');
      exportLocals.push(DEFAULT_LOCAL);
      continue;
    } else if (/^(?:const|let|var|function|async|class)\b/.test(code.slice(at, at + 8))) {
      blanks.push([start, start + 6]); // `export const a = …` → `const a = …`
    } else {
      return undefined;
    }
    for (const s of specifiers) {
      if (s.ln === undefined) return undefined;
      exportNames.push(s.n);
      exportLocals.push(s.ln);
    }
  }
  blanks.sort((a, b) => a[0] - b[0]);
  const locals = formImports.flatMap((i) => i.bindings.map((b) => b.local));
  let prefix = '"use strict";';
  if (locals.length) prefix += `const ${locals.map((local, i) => `${local} = ${IMPORTS_PARAM}[${i}]`).join(', ')};`;
  if (exportLocals.includes(DEFAULT_LOCAL)) prefix += `let ${DEFAULT_LOCAL};`;
  let body = prefix;
  let copied = 0;
  for (const [start, end, text = ''] of blanks) {
    if (start < copied) return undefined; // overlapping statements: not a shape this understands
    // Blanked with spaces, newlines kept: every other character stays at its line and column.
    body += code.slice(copied, start) + text + blank(code.slice(start + text.length, end));
    copied = end;
  }
  body += `${code.slice(copied)}\n;return [${exportLocals.join(', ')}];\n`;
  return { body, prefix: prefix.length, imports: formImports, exportNames };
}

/** Spaces for every character of `text` but its line breaks. */
function blank(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.replace(/[^\n\r]/g, ' ') : ' '.repeat(text.length);
}

/** The names an `import` statement binds, or undefined for a statement that is not a plain import. */
function importBindings(statement: string): Binding[] | undefined {
  const m = /^import\s*([\s\S]*?)\s*from\s*["']/.exec(statement);
  if (!m) return /^import\s*["']/.test(statement) ? [] : undefined; // `import './side-effect'`; `export … from` stays a module
  const clause = m[1]!;
  const bindings: Binding[] = [];
  // default, then `* as ns` or `{ … }`
  const brace = clause.indexOf('{');
  const head = (brace < 0 ? clause : clause.slice(0, brace)).split(',').map((p) => p.trim()).filter(Boolean);
  for (const part of head) {
    const ns = NAMESPACE.exec(part);
    if (ns) bindings.push({ imported: '*', local: ns[1]! });
    else if (LOCAL.test(part) && bindings.length === 0) bindings.push({ imported: 'default', local: part });
    else return undefined;
  }
  if (brace >= 0) {
    if (!clause.endsWith('}') || clause.indexOf('}') !== clause.length - 1) return undefined;
    for (const item of clause.slice(brace + 1, -1).split(',')) {
      const text = item.trim();
      if (!text) continue;
      const named = NAMED_ITEM.exec(text);
      if (!named) return undefined; // string names (`"a-b" as c`) stay with Node
      bindings.push({ imported: named[1]!, local: named[2] ?? named[1]! });
    }
  }
  return bindings;
}

/** A compiled script module: call it with its imports' values to run the module and get its exports' values. */
export type ScriptFunction = (imports: unknown[]) => unknown[];

/**
 * Compiles the form under `name`, the file name stack frames and V8's call sites then carry. Undefined when V8
 * rejects the body (the module's own syntax error, or a shape the rewrite got wrong): the module then runs as a
 * module, and Node reports what is wrong with it.
 */
export function compileScript(form: ScriptForm, name: string): ScriptFunction | undefined {
  try {
    return vm.compileFunction(form.body, [IMPORTS_PARAM], { filename: name }) as ScriptFunction;
  } catch {
    return undefined;
  }
}

/**
 * Runs a script module: imports what its statements name through `load`, in order (each is evaluated before the
 * module, as in a module), and returns the exports as a namespace-like object. Imports are the exports' values when the module runs,
 * not live views of them: a dependency that reassigns an exported `let` later is not seen.
 */
export async function runScript(
  fn: ScriptFunction, form: ScriptForm, importTarget: (statement: StaticImport) => string,
  load: (target: string) => Promise<unknown> = (target) => import(target),
): Promise<Record<string, unknown>> {
  const values: unknown[] = [];
  for (const { statement, bindings } of form.imports) {
    const target = importTarget(statement);
    const namespace = (await load(target)) as Record<string, unknown>;
    for (const b of bindings) {
      if (b.imported === '*') {
        values.push(namespace);
        continue;
      }
      if (!(b.imported in namespace)) {
        // Node's own words for the same mistake in a module.
        throw new SyntaxError(`The requested module '${target}' does not provide an export named '${b.imported}'`);
      }
      values.push(namespace[b.imported]);
    }
  }
  const exported = fn.call(undefined, values);
  const exports: Record<string, unknown> = Object.create(null);
  form.exportNames.forEach((name, i) => { exports[name] = exported[i]; });
  return exports;
}
