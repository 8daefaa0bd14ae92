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
  const add = (node: YamlTree): void => {
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
        // Only scalar keys have a name a JSON pointer can use; complex keys get "" as the yaml library gave them.
        top.pendingKey = { key: node.kind === 'scalar' ? keyText : '', keyStart: node.start };
      }
    }
  };
  let keyText = '';
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
        keyText = getScalarValue(text, event);
        add({ kind: 'scalar', start: event.valueStart === -1 ? -1 : startOf(event, text) }); // -1: an empty value
        break;
      case EVENT_ID.ALIAS:
        keyText = '';
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

/** Offsets → 1-based line and column, by binary search over line starts. */
export function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
}
