// GitHub Actions expressions for the local workflow runner, parsed and evaluated by GitHub's own library
// (@actions/expressions): `${{ … }}` templates inside strings, and `if:` conditions with the status functions and
// GitHub's rule that a condition without one means `success() && (condition)`.
// https://docs.github.com/actions/reference/evaluate-expressions-in-workflows-and-actions
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { TokenType } from '@actions/expressions/lexer';
import { truthy } from '@actions/expressions/result';

/** Context name → plain JSON value (`github`, `inputs`, `steps`, …). Only the names given can be referenced. */
export type Contexts = Record<string, unknown>;

/** What success(), failure() and cancelled() look at: the job's status so far (for a job's `if:`, its needs'). */
export type JobStatus = 'success' | 'failure' | 'cancelled';

const STATUS_FUNCTIONS = new Set(['success', 'failure', 'always', 'cancelled']);

/**
 * Which contexts each workflow key may use, from GitHub's context availability table. Referencing another one is
 * the error GitHub reports ("Unrecognized named-value"), so a workflow that works here cannot use a context that
 * GitHub would refuse at that place.
 */
export const AVAILABLE = {
  jobIf: ['github', 'needs', 'vars', 'inputs'],
  jobConcurrency: ['github', 'needs', 'strategy', 'matrix', 'vars', 'inputs'],
  jobEnvironment: ['github', 'needs', 'strategy', 'matrix', 'vars', 'inputs'],
  jobEnv: ['github', 'needs', 'strategy', 'matrix', 'vars', 'secrets', 'inputs'],
  jobDefaultsRun: ['github', 'needs', 'strategy', 'matrix', 'env', 'vars', 'inputs'],
  jobRunsOn: ['github', 'needs', 'strategy', 'matrix', 'vars', 'inputs'],
  jobTimeout: ['github', 'needs', 'strategy', 'matrix', 'vars', 'inputs'],
  stepIf: ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'steps', 'inputs'],
  stepName: ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'steps', 'inputs'],
  stepContinueOnError: ['github', 'needs', 'strategy', 'vars', 'matrix', 'job', 'runner', 'env', 'steps', 'inputs'],
  stepEnv: ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'secrets', 'steps', 'inputs'],
  stepWith: ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'secrets', 'steps', 'inputs'],
  stepRun: ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'secrets', 'steps', 'inputs'],
  stepWorkingDirectory: ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'secrets', 'steps', 'inputs'],
  callerWith: ['github', 'needs', 'strategy', 'matrix', 'inputs', 'vars'],
  callerSecrets: ['github', 'needs', 'strategy', 'matrix', 'secrets', 'inputs'],
  inputDefault: ['github'],
} as const satisfies Record<string, readonly string[]>;

export type Place = keyof typeof AVAILABLE;

/** Evaluates one expression (the text between `${{` and `}}`) with the contexts `place` allows. */
export function evaluate(expression: string, place: Place, contexts: Contexts, status?: () => JobStatus): data.ExpressionData {
  const names = AVAILABLE[place].filter((n) => n in contexts);
  const functions = status ? statusFunctions(status) : new Map<string, FunctionDefinition>();
  const tokens = new Lexer(expression).lex().tokens;
  const tree = new Parser(tokens, [...AVAILABLE[place]], [...functions.values()]).parse();
  const values = new data.Dictionary(...names.map((key) => ({ key, value: toData(contexts[key]) })));
  return new Evaluator(tree, values, functions).evaluate();
}

/**
 * A workflow value with its `${{ … }}` templates replaced by their string values. A value that is one template and
 * nothing else keeps its type (a boolean input stays a boolean), as GitHub does for keys like `continue-on-error`.
 */
export function interpolate(value: unknown, place: Place, contexts: Contexts): unknown {
  if (typeof value !== 'string') return value;
  const parts = templateParts(value);
  if (parts.length === 1 && parts[0]!.expression !== undefined) return toJson(evaluate(parts[0]!.expression, place, contexts));
  return parts.map((p) => (p.expression === undefined ? p.text : evaluate(p.expression, place, contexts).coerceString())).join('');
}

/** `interpolate` for keys that are always strings (`env:`, `with:`, `run:`): numbers and booleans as GitHub prints them. */
export function interpolateString(value: unknown, place: Place, contexts: Contexts): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  return templateParts(value)
    .map((p) => (p.expression === undefined ? p.text : evaluate(p.expression, place, contexts).coerceString()))
    .join('');
}

/**
 * An `if:` condition, written with or without `${{ }}`. Without a status function in it, GitHub evaluates
 * `success() && (condition)`; no condition at all means `success()`.
 */
export function condition(value: unknown, place: 'jobIf' | 'stepIf', contexts: Contexts, status: () => JobStatus): boolean {
  if (value === undefined || value === null || value === '') return status() === 'success';
  let text = String(value).trim();
  const parts = templateParts(text);
  if (parts.length === 1 && parts[0]!.expression !== undefined) text = parts[0]!.expression.trim();
  else if (parts.some((p) => p.expression !== undefined)) {
    throw new Error(`if: "${text}" mixes text and \${{ }}; GitHub would treat it as an always-true string`);
  }
  const tokens = new Lexer(text).lex().tokens;
  const checksStatus = tokens.some((t, i) => t.type === TokenType.IDENTIFIER && STATUS_FUNCTIONS.has(t.lexeme.toLowerCase())
    && tokens[i + 1]?.type === TokenType.LEFT_PAREN);
  return truthy(evaluate(checksStatus ? text : `success() && (${text})`, place, contexts, status));
}

interface Part { text: string; expression?: string }

/** Splits a string into literal text and `${{ … }}` expressions; a `}}` inside a quoted string does not close one. */
export function templateParts(value: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (;;) {
    const open = value.indexOf('${{', at);
    if (open < 0) break;
    let i = open + 3;
    let quoted = false;
    for (; i < value.length; i++) {
      if (value[i] === "'") quoted = !quoted; // '' inside a string toggles twice: still inside
      else if (!quoted && value.startsWith('}}', i)) break;
    }
    if (i >= value.length) throw new Error(`unclosed \${{ in "${value}"`);
    if (open > at) parts.push({ text: value.slice(at, open) });
    parts.push({ text: value.slice(open, i + 2), expression: value.slice(open + 3, i) });
    at = i + 2;
  }
  if (at < value.length || parts.length === 0) parts.push({ text: value.slice(at) });
  return parts;
}

function statusFunctions(status: () => JobStatus): Map<string, FunctionDefinition> {
  const fn = (name: string, call: () => boolean): [string, FunctionDefinition] =>
    [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(call()) }];
  return new Map([
    fn('success', () => status() === 'success'),
    fn('failure', () => status() === 'failure'),
    fn('cancelled', () => status() === 'cancelled'),
    fn('always', () => true),
  ]);
}

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

function toJson(d: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(d, data.replacer)) as unknown;
}
