import { EVENT_ID, getScalarValue, type Event } from 'js-yaml';

/**
 * The shape of a YAML document with source offsets and nothing else: js-yaml's event stream folded into a tree. The
 * values come from js-yaml's constructor; this tree only says where each key and item starts, which is what
 * diagnostics need. Building it costs a fraction of a full AST.
 */
export type YamlTree =
  | { kind: 'map'; start: number; pairs: Array<{ key: string; keyStart: number; value: YamlTree }> }
  | { kind: 'seq'; start: number; items: YamlTree[] }
  | { kind: 'scalar' | 'alias'; start: number };
// `start` is an offset into the text; -1 for an empty value, which has no text of its own.

/** One tree per document in the stream. */
export function yamlTrees(events: readonly Event[], text: string): YamlTree[] {
  const docs: YamlTree[] = [];
  // Open collections; a mapping also remembers the key it is waiting to pair with a value.
  const stack: Array<{ node: YamlTree; pendingKey?: { key: string; keyStart: number } }> = [];
  // `scalar` is the event of a scalar node: its text is decoded only if it turns out to be a key.
  const add = (node: YamlTree, scalar?: Extract<Event, { type: typeof EVENT_ID.SCALAR }>): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      docs.push(node);
      return;
    }
    if (top.node.kind === 'seq') top.node.items.push(node);
    else if (top.node.kind === 'map') {
      if (top.pendingKey) {
        top.node.pairs.push({ key: top.pendingKey.key, keyStart: top.pendingKey.keyStart, value: node });
        top.pendingKey = undefined;
      } else {
        // Only scalar keys have a name a JSON pointer can use (js-yaml rejects collections as keys). The name is the
        // key as written: a key the schema resolves to another string (`0x10` is 16) is located at its definition.
        top.pendingKey = { key: scalar ? getScalarValue(text, scalar) : '', keyStart: node.start };
      }
    }
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.MAPPING: {
        const node: YamlTree = { kind: 'map', start: event.start, pairs: [] };
        add(node);
        stack.push({ node });
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const node: YamlTree = { kind: 'seq', start: event.start, items: [] };
        add(node);
        stack.push({ node });
        break;
      }
      case EVENT_ID.SCALAR:
        add({ kind: 'scalar', start: event.valueStart === -1 ? -1 : startOf(event, text) }, event); // -1: an empty value
        break;
      case EVENT_ID.ALIAS:
        add({ kind: 'alias', start: event.anchorStart - 1 });
        break;
      case EVENT_ID.POP:
        stack.pop();
        break;
      default: // DOCUMENT: its POP arrives with an empty stack and is ignored
        break;
    }
  }
  return docs;
}

/** Where a scalar starts as the user sees it: at its opening quote when quoted. */
function startOf(event: Extract<Event, { type: typeof EVENT_ID.SCALAR }>, text: string): number {
  const quote = text[event.valueStart - 1];
  const quoted = (event.style === 2 && quote === "'") || (event.style === 3 && quote === '"');
  return quoted ? event.valueStart - 1 : event.valueStart;
}

/**
 * How many values the document holds once every alias is replaced by what it names. Aliases share one value in
 * memory, but everything downstream (schema checks, compile) walks the expansion: ten levels of ten aliases of ten
 * make a few hundred bytes that never finish validating.
 */
export function expandedSize(events: readonly Event[], text: string): number {
  const sizes = new Map<string, number>();
  const open: Array<{ size: number; anchor: string | undefined }> = [];
  let total = 0;
  const anchorOf = (e: { anchorStart: number; anchorEnd: number }) => (e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : undefined);
  const done = (size: number, anchor: string | undefined): void => {
    if (anchor !== undefined) sizes.set(anchor, size);
    if (open.length > 0) open[open.length - 1]!.size += size;
    else total += size;
  };
  for (const event of events) {
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) open.push({ size: 1, anchor: anchorOf(event) });
    else if (event.type === EVENT_ID.SCALAR) done(1, anchorOf(event));
    else if (event.type === EVENT_ID.ALIAS) done(sizes.get(text.slice(event.anchorStart, event.anchorEnd)) ?? 1, undefined);
    else if (event.type === EVENT_ID.POP && open.length > 0) {
      const closed = open.pop()!;
      done(closed.size, closed.anchor);
    }
  }
  return total;
}
