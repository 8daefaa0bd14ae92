// The names inline modules run under (see markInline in module-graph.ts): the data: URL of a module Node imports from
// memory, and the file name of one that runs as a function. Both carry the load and module numbers: Node keeps one
// module per URL, so each load's modules stay apart, and two files with the same code stay apart. Node reads the
// data: URL's media type and `;base64` and ignores other parameters.

import { pathToFileURL } from 'node:url';

/** The URL Node imports an inline copy by. */
export function inlineUrl(load: number, module: number, code: string): string {
  return `data:text/javascript;vigil=${load}.${module};base64,${Buffer.from(code).toString('base64')}`;
}

/** Matches such a URL in error text and stack frames. */
export const INLINE_URL = /data:text\/javascript;vigil=\d+\.\d+;base64,[A-Za-z0-9+/=]*/;

/**
 * The file name a module run as a function (see script-module.ts) carries in stack frames: the user's file URL, with
 * the load and module numbers, so it is never taken for a file Node loaded.
 */
export function scriptName(load: number, module: number, file: string): string {
  return `${pathToFileURL(file).href}?vigil=${load}.${module}`;
}
