import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceLocation } from '../ir/source.ts';
import { lineIndex, lineStarts } from './line-index.ts';

/**
 * Finds where a field of a TypeScript definition was written, from the builder call the definition was located at:
 * the key is searched for inside that call's parentheses, each segment of the pointer after the one before it
 * (`/rollup/mesure`: `mesure` after `rollup`). A segment not written there (`options` of a builder's `thresholds`
 * shorthand, an array index) is skipped; when the last one is not found, the answer is undefined and the caller falls
 * back to the call itself. A key spread in from a variable is not in the call's text, so it is located at the call.
 *
 * Runs only for fields that get a diagnostic; each file is read once per load.
 */
export function tsFieldLocator(projectDir: string): TsLocator {
  const files = new Map<string, {
    text: string; starts: number[]; position: (offset: number) => { line: number; col: number }; calls: Map<number, string>;
  } | null>();
  const read = (file: string) => {
    let entry = files.get(file);
    if (entry === undefined) {
      try {
        const text = readFileSync(resolve(projectDir, file), 'utf8');
        const starts = lineStarts(text);
        entry = { text, starts, position: lineIndex(starts), calls: new Map() };
      } catch {
        entry = null; // gone since it was loaded: the call's own location will do
      }
      files.set(file, entry);
    }
    return entry;
  };
  const field = (call: SourceLocation, pointer: string, value?: unknown): SourceLocation | undefined => {
    const source = read(call.file);
    if (!source || call.line > source.starts.length) return undefined;
    const open = source.text.indexOf('(', source.starts[call.line - 1]! + call.col - 1);
    if (open === -1) return undefined;
    // Searched in the call's own text, so that a key it does not hold sends no search through the rest of the file;
    // many diagnostics can point into one call (lint findings on thousands of monitors), so its text is cut once.
    let text = source.calls.get(open);
    if (text === undefined) source.calls.set(open, (text = source.text.slice(open, closingBracket(source.text, open) + 1)));
    let from = 0;
    let found = -1;
    let last = '';
    for (const raw of pointer.split('/').slice(1)) {
      last = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      found = -1;
      if (/^\d+$/.test(last)) continue;
      const at = keyOffset(text, last, from);
      if (at !== -1) from = found = at;
    }
    // A list item has no key of its own (`targets: [user('bob')]`): its value, when it is a short string or a number
    // written as such, is found after the keys found so far.
    const listItem = /^\d+$/.test(last) || last === 'user' || last === 'schedule';
    if (found === -1 && listItem && (typeof value === 'string' || typeof value === 'number') && String(value).length <= 200) {
      found = literalOffset(text, String(value), from);
    }
    return found === -1 ? undefined : { file: call.file, ...source.position(open + found) };
  };
  const literal = (file: string, value: string): SourceLocation | undefined => {
    const source = read(file);
    if (!source || !value) return undefined;
    const quoted = [`'${value}'`, `"${value}"`, `\`${value}\``].map((q) => source.text.indexOf(q)).filter((i) => i !== -1);
    return quoted.length === 0 ? undefined : { file, ...source.position(Math.min(...quoted)) };
  };
  const exported = (file: string, name: string): SourceLocation | undefined => {
    const source = read(file);
    if (!source) return undefined;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = name === 'default' ? /\bexport\s+default\b/ : new RegExp(`\\bexport\\s+(?:(?:const|let|var)\\s+|(?:async\\s+)?function\\*?\\s+)${escaped}\\b`);
    const m = pattern.exec(source.text);
    return m ? { file, ...source.position(m.index) } : undefined;
  };
  return { field, literal, exported };
}

export interface TsLocator {
  /**
   * Where the field at `pointer` was written in the builder call at `call`; undefined when it is not in its text.
   * `value`, the field's value, finds a list item that has no key of its own.
   */
  field(call: SourceLocation, pointer: string, value?: unknown): SourceLocation | undefined;
  /** Where the string literal `value` is first written in `file` (any quote); undefined when nowhere. */
  literal(file: string, value: string): SourceLocation | undefined;
  /** Where `file` declares its export `name` (`export const name`, `export default`); undefined when not found. */
  exported(file: string, name: string): SourceLocation | undefined;
}

/** Where `value` is written as a literal (quoted, or a bare number) in `text`, from `from` on. */
function literalOffset(text: string, value: string, from: number): number {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(['"\`])${escaped}\\1|(?<![\\w.])${escaped}(?![\\w.])`, 'g');
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** The pattern for each key, made once: a few dozen keys are looked up thousands of times. */
const keyPatterns = new Map<string, RegExp>();

/** Where `key:` (bare or quoted) or the shorthand `key,` / `key }` is written in `text`, from `from` on. */
function keyOffset(text: string, key: string, from: number): number {
  let pattern = keyPatterns.get(key);
  if (!pattern) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    keyPatterns.set(key, (pattern = new RegExp(`(?<![\\w$.])(?:${escaped}|'${escaped}'|"${escaped}")\\s*(?::|,|\\}|\\n)`, 'g')));
  }
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** The offset of the bracket closing the one at `open`, skipping strings and comments; the text's end when unclosed. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x7b) depth++; // ( [ {
    else if (c === 0x29 || c === 0x5d || c === 0x7d) { // ) ] }
      if (--depth === 0) return i;
    } else if (c === 0x22 || c === 0x27 || c === 0x60) { // " ' `
      for (i++; i < text.length && text.charCodeAt(i) !== c; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) { // //
      i = text.indexOf('\n', i);
      if (i === -1) return text.length;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) { // /*
      i = text.indexOf('*/', i + 2);
      if (i === -1) return text.length;
      i++;
    }
  }
  return text.length;
}
