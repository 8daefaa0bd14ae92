// One Datadog monitor → the props of the DSL call that defines it. The reverse of compile: snake_case options become
// camelCase, thresholds the shorthand; the message and tags stay verbatim. Team, service, env and severity are not
// set: compile would add an Owner line and tags, and adoption must not change the monitor.
import { isOwnershipTag } from '../compile/ownership.ts';
import { LINT_RULES } from '../lint/index.ts';
import { chooseBuilder, withoutDefaults, type BuilderName } from './builders.ts';
import { splitOptions } from './options.ts';
import type { WireMonitor } from './wire.ts';

type Json = Record<string, unknown>;

export interface Draft {
  datadogId: number;
  id: string;
  /** File the definition is written to, relative to the output folder. */
  file: string;
  builder: BuilderName;
  /** The props of the builder call, in print order; `overrides` is added once the residue is known. */
  props: Json;
  remote: WireMonitor;
  /** Things a reviewer should know about this import, one phrase each. */
  notes: string[];
}

/** `refs`: Datadog id → logical id of every monitor a composite may name (imported now or owned already). */
export function draftMonitor(remote: WireMonitor, id: string, file: string, refs: ReadonlyMap<string, string>, routed = false): Draft {
  const { thresholds = {}, ...options } = splitOptions(remote.options ?? {}).typed as { thresholds?: Json } & Json;
  const choice = chooseBuilder(remote.type, remote.query, refs, thresholds);
  const notes: string[] = [];
  const name = remote.name.trim() || `Monitor ${remote.id}`;
  const props: Json = { id, name, ...choice.props };
  // The summary must not be empty; an empty message is restored by the override the residue adds.
  props.message = remote.message?.trim() || name;
  const tags = (remote.tags ?? []).filter((t) => !isOwnershipTag(t));
  if (tags.length < (remote.tags ?? []).length) notes.push('stray vigil ownership tags were dropped');
  if (tags.length > 0) props.tags = tags;
  const written = withoutDefaults(choice, thresholds);
  if (Object.keys(written).length > 0) props.thresholds = sortedKeys(written);
  if (Object.keys(options).length > 0) props.options = sortedKeys(options);
  if (remote.priority !== undefined && remote.priority !== null) props.priority = remote.priority;
  if (remote.restricted_roles) props.restrictedRoles = remote.restricted_roles;
  if (routed) {
    props.routing = false;
    notes.push('routing: false keeps the notifications its message has; delete it to let the routing table decide');
  }
  props.adopt = { datadogId: remote.id };
  return { datadogId: remote.id, id, file, builder: choice.builder, props, remote, notes };
}

/**
 * Removes the typed prop a validation error points at (`/options/renotifyStatuses`, `/options/thresholds/ok`), so
 * the residue carries it as a wire override instead. Returns false when the path is not one it can move.
 */
export function untype(draft: Draft, path: string): boolean {
  const [, root, key, sub] = path.split('/');
  if (root !== 'options' || !key) return false;
  const props = draft.props as { thresholds?: Json; options?: Json };
  if (key === 'thresholds') {
    if (!sub || !props.thresholds || !(sub in props.thresholds)) return false;
    delete props.thresholds[sub];
    if (Object.keys(props.thresholds).length === 0) delete props.thresholds;
  } else {
    if (!props.options || !(key in props.options)) return false;
    delete props.options[key];
    if (Object.keys(props.options).length === 0) delete props.options;
  }
  draft.notes.push(`options.${sub ? `${key}.${sub}` : key} kept as an override: vigil's checks reject it, Datadog kept it`);
  return true;
}

const LINT_IDS = new Set(LINT_RULES.map((r) => r.id));

/**
 * Switches off a lint rule that fails on the monitor as Datadog has it, with a reason for reviewers: adoption takes
 * the monitor over unchanged, and fixing it is a later, reviewed change. False when `code` is not a lint rule.
 */
export function suppressLint(draft: Draft, code: string): boolean {
  const suppress = (draft.props.suppress ?? {}) as Record<string, string>;
  if (!LINT_IDS.has(code) || code in suppress) return false;
  draft.props.suppress = { ...suppress, [code]: 'imported from Datadog as it is; fix it, then remove this line' };
  return true;
}

/** The props in the order a reader expects: identity, what is watched, the message, then the tuning. */
const PRINT_ORDER = [
  'id', 'name', 'type', 'query', 'check', 'over', 'exclude', 'search', 'indexes', 'rollup', 'by', 'last', 'window',
  'comparator', 'threshold', 'when', 'message', 'tags', 'thresholds', 'options', 'priority', 'restrictedRoles',
  'suppress', 'routing', 'adopt', 'overrides',
];

export function inPrintOrder(props: Json): Json {
  const rank = (k: string) => (PRINT_ORDER.includes(k) ? PRINT_ORDER.indexOf(k) : PRINT_ORDER.length);
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => rank(a) - rank(b)));
}

function sortedKeys(o: Json): Json {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
