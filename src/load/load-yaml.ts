import { readFile } from 'node:fs/promises';
import { constructFromEvents, EVENT_ID, parseEvents, YAMLException, type Event } from 'js-yaml';
import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import { relativeToProject } from './source-maps.ts';
import { decodeText, notUtf8Diagnostic, type NotUtf8 } from './read-text.ts';
import { emptyFileDiagnostic } from './empty-file.ts';
import { attachFieldLocations, type FieldLocator } from './field-locations.ts';
import { readSections } from './yaml-sections.ts';
import { lineIndex, lineStarts } from './line-index.ts';
import { expandedSize, yamlTrees, type YamlTree } from './yaml-tree.ts';

/** Far above any real file (the 10,000-monitor benchmark's largest has about 500), far below what hangs a run. */
const MAX_VALUES = 100_000;

export interface YamlLoadResult {
  definitions: Definition[];
  diagnostics: Diagnostic[];
  failed: boolean;
}

/**
 * What reading a YAML file gives, as plain data that can cross to another thread: the definitions (with their
 * `source`), and for each the tree of its text's positions, from which field locators are made where they are used.
 */
export interface YamlFileData extends YamlLoadResult {
  /** The project-relative file name. */
  file: string;
  /** Where each line of the text starts, for locating fields. */
  lines: number[];
  /** Where the file's text starts in the text it was parsed in (see {@link readYamlFiles}); offsets count from there. */
  base: number;
  /**
   * One position tree per definition, in the same order; from another thread, each as JSON text (see
   * {@link treesForTransfer}).
   */
  trees: Array<YamlTree | string>;
}

/**
 * The file's data as the YAML worker sends it: each position tree as JSON text. Copied as objects, the trees of the
 * benchmark's 2,000 YAML definitions cost the receiving thread about 100 ms to rebuild; as text they cost a copy,
 * and a tree is parsed only when a field of its definition is located (for a diagnostic).
 */
export function treesForTransfer(data: YamlFileData): YamlFileData {
  return { ...data, trees: data.trees.map((tree) => (typeof tree === 'string' ? tree : JSON.stringify(tree))) };
}

/**
 * Loads one YAML definition file, keeping the line and column of every definition and every field in it.
 *
 * js-yaml reads the file: its event stream carries source offsets and it is an order of magnitude faster than building
 * the `yaml` library's AST, which matters with thousands of definitions. A file js-yaml rejects is read again with
 * the `yaml` library only to word the error, as its messages say more.
 */
export async function loadYamlFile(path: string, projectDir: string): Promise<YamlLoadResult> {
  return attachLocators(await readYamlFile(path, projectDir));
}

/** Gives each definition read from a file the locator of its fields (see {@link readYamlFile}). */
export function attachLocators(data: YamlFileData): YamlLoadResult {
  const position = lineIndex(data.lines);
  const at = (offset: number): SourceLocation => ({ file: data.file, ...position(Math.max(offset - data.base, 0)) });
  data.definitions.forEach((def, i) => {
    let tree = data.trees[i]!;
    attachFieldLocations(def, fieldLocator(() => (typeof tree === 'string' ? (tree = JSON.parse(tree) as YamlTree) : tree), at));
  });
  return { definitions: data.definitions, diagnostics: data.diagnostics, failed: data.failed };
}

/** Reads one YAML definition file into plain data; {@link attachLocators} completes it. */
export async function readYamlFile(path: string, projectDir: string): Promise<YamlFileData> {
  return fileData(relativeToProject(path, projectDir), await readText(path));
}

/**
 * Reads several YAML definition files, parsed as one YAML stream where they allow it, each file one document of it.
 * js-yaml makes its parser's state with object spread syntax, which in Node 20's V8 gives the state a hidden class of
 * its own on every parse: parsing file after file, its hot functions see a new class each time and run slowly. One
 * parse for the lot: 164-244 ms for the benchmark's 100 files against about 415 ms one by one (batches of 10 to 50
 * gained little or nothing). The result is the same as reading each file alone: the stream takes only files with no
 * document markers or directives of their own and a final line break, anchors do not cross documents, and any error
 * in the stream makes every file be read alone, so each reports its own.
 */
export async function readYamlFiles(paths: readonly string[], projectDir: string): Promise<YamlFileData[]> {
  const texts = await Promise.all(paths.map(readText));
  const joined = texts.flatMap((text, i) => (typeof text === 'string' && fitsStream(text) ? [i] : []));
  const documents = joined.length > 1 ? parseStream(joined.map((i) => texts[i] as string)) : undefined;
  const fromStream = new Map(documents ? joined.map((fileIndex, doc) => [fileIndex, documents[doc]!]) : []);
  return Promise.all(paths.map((path, i) => fileData(relativeToProject(path, projectDir), texts[i]!, fromStream.get(i))));
}

async function readText(path: string): Promise<string | NotUtf8> {
  return decodeText(await readFile(path));
}

/** A line that starts a document, ends one or holds a directive: its file is read alone. */
const OWN_DOCUMENT_SYNTAX = /^(?:---|\.\.\.|%)/m;

function fitsStream(text: string): boolean {
  return (text === '' || text.endsWith('\n')) && !OWN_DOCUMENT_SYNTAX.test(text);
}

/** One file's document out of a stream: the stream's text, where the file starts in it, its events and value. */
interface StreamDocument {
  source: string;
  base: number;
  events: Event[];
  value: unknown;
}

/** The texts as one stream, one document each, parsed: each document in text order; undefined on any error. */
function parseStream(texts: readonly string[]): StreamDocument[] | undefined {
  let source = '';
  const bases: number[] = [];
  for (const text of texts) {
    source += '---\n';
    bases.push(source.length);
    source += text;
  }
  try {
    const all = parseEvents(source, {});
    const docs = constructFromEvents(all, { source });
    const events: Event[][] = [];
    for (const event of all) {
      if (event.type === EVENT_ID.DOCUMENT) events.push([]);
      events[events.length - 1]?.push(event);
    }
    if (docs.length !== texts.length || events.length !== texts.length) return undefined;
    return docs.map((value, i) => ({ source, base: bases[i]!, events: events[i]!, value }));
  } catch {
    return undefined; // read each file alone: each reports its own error
  }
}

/**
 * A file's data from its text, parsed here or taken from a stream. Offsets in the trees and diagnostics count from
 * the start of the text parsed (`base` is where the file starts in it); locations are the file's own.
 */
async function fileData(file: string, read: string | NotUtf8, parsed?: StreamDocument): Promise<YamlFileData> {
  if (typeof read !== 'string') {
    return { file, lines: [0], base: 0, trees: [], definitions: [], diagnostics: [notUtf8Diagnostic(file, read)], failed: true };
  }
  const text = read;
  const source = parsed?.source ?? text;
  const base = parsed?.base ?? 0;
  const lines = lineStarts(text);
  const position = lineIndex(lines);
  const at = (offset: number): SourceLocation => ({ file, ...position(Math.max(offset - base, 0)) });
  const trees: YamlTree[] = [];
  const result: YamlFileData = { file, lines, base, trees, definitions: [], diagnostics: [], failed: false };
  const fail = (code: string, message: string, offset: number, hint?: string): YamlFileData => {
    result.failed = true;
    result.diagnostics.push({ severity: 'error', code, id: '-', message, ...(hint ? { hint } : {}), location: at(offset) });
    return result;
  };

  let events: Event[];
  let docs: unknown[];
  if (parsed) {
    events = parsed.events;
    docs = [parsed.value];
  } else {
    try {
      events = parseEvents(text, { filename: file });
      docs = constructFromEvents(events, { source: text, filename: file });
    } catch (err) {
      for (const d of await syntaxErrors(text, err, at)) result.diagnostics.push(d);
      result.failed = true;
      return result;
    }
  }
  // Without aliases a document holds at most one value per event: only one with an alias, or with more events than
  // the limit, needs the walk.
  if ((events.length > MAX_VALUES || events.some((e) => e.type === EVENT_ID.ALIAS)) && expandedSize(events, source) > MAX_VALUES) {
    return fail('yaml-structure', `its aliases expand to more than ${MAX_VALUES.toLocaleString('en')} values`, base,
      'write the values out, or use fewer aliases of aliases');
  }
  if (docs.length > 1) {
    const second = /^---/m.exec(text.slice(1));
    return fail('yaml-structure', 'a definition file holds one YAML document, and this one has more', second ? second.index + 1 : 0,
      'remove the "---" separator, or move the second document into a file of its own');
  }
  const root = yamlTrees(events, source)[0];
  const values = docs[0] as Record<string, unknown> | null | undefined;
  if (root === undefined || values === null || values === undefined) {
    // Defines nothing: harmless, but a file emptied by mistake (or whose content is all commented out) would remove
    // its monitors without a word.
    result.diagnostics.push(emptyFileDiagnostic(file));
    return result;
  }
  readSections(root, values as Record<string, unknown>, {
    text: source, fail,
    define: (kind, node, value) => {
      // `kind` first (the order builders use) and then set again, so the section decides it: in V8 11 a spread copy
      // given a property after the spread gets a hidden class of its own, slowing every later read of it.
      const def = { kind, ...value } as unknown as Definition;
      def.kind = kind;
      def.source = at(node.start);
      result.definitions.push(def);
      trees.push(node);
    },
  });
  return result;
}

/** Locates a JSON pointer inside one definition by walking its tree: the key's position, or the list item's. */
function fieldLocator(tree: () => YamlTree, at: (offset: number) => SourceLocation): FieldLocator {
  return (pointer) => {
    let n = tree();
    let start = -1;
    for (const raw of pointer.split('/').slice(1)) {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (n.kind === 'map') {
        const pair = n.pairs.find((p) => p.key === segment);
        if (!pair) return undefined;
        [start, n] = [pair.keyStart, pair.value];
      } else if (n.kind === 'seq' && /^\d+$/.test(segment) && Number(segment) < n.items.length) {
        n = n.items[Number(segment)]!;
        start = n.start;
      } else return undefined;
    }
    return start === -1 ? undefined : at(start);
  };
}

/**
 * Diagnostics for a file js-yaml rejected: the `yaml` library's wording where it agrees the file is broken. Loaded
 * only then, so that a clean run does not pay for a second YAML parser at start-up.
 */
async function syntaxErrors(text: string, err: unknown, at: (offset: number) => SourceLocation): Promise<Diagnostic[]> {
  const { parseDocument } = await import('yaml');
  const diagnostic = (message: string, offset: number): Diagnostic => ({
    severity: 'error', code: 'yaml-syntax', id: '-', message: `invalid YAML: ${message.split('\n')[0]}`,
    hint: 'check indentation and quoting at this position', location: at(offset),
  });
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return doc.errors.map((e) => diagnostic(e.message, e.pos[0]));
  if (err instanceof YAMLException) return [diagnostic(err.reason, err.mark?.position ?? 0)];
  throw err;
}

