// Multilayer aggregation, Datadog's "nested queries": further layers of space or time aggregation over the result
// of a metric query, written as functions around it.
//
//   space: sum(<inner>, {env})  avg, min, max and stddev alike;  percentile(<inner>, 'p95', {env})
//   time:  rollup(<inner>, 'p95', 1800)  with avg, sum, min, max, count, stddev or any percentile pXX
//
// A space layer regroups series that are already grouped, so the inner query must name groups and the outer layer
// can only keep some of them. The inner query's own first rollup stays the `.rollup()` method, whose aggregators
// are the plain five (functions.ts).
import type { FunctionArg } from './ast.ts';
import { exprGroups, isExprArg } from './groups.ts';
import type { Scanner } from './lexer.ts';

/** Space aggregators Datadog accepts as an outer layer, in the order messages list them. */
const SPACE_LAYERS = ['avg', 'sum', 'min', 'max', 'stddev', 'percentile'] as const;
const SPACE_LIST = 'avg, sum, min, max, stddev or percentile';
const TIME_LAYERS = new Set(['avg', 'sum', 'min', 'max', 'count', 'stddev']);

const SPACE_EXAMPLE = (name: string): string =>
  name === 'percentile' ? "percentile(avg:system.cpu.user{*} by {env,host}, 'p95', {env})" : `${name}(avg:system.cpu.user{*} by {env,host}, {env})`;
export const TIME_EXAMPLE = "rollup(avg:system.cpu.user{*} by {host}.rollup(avg, 300), 'p95', 1800)";

/** True for a function that is a multilayer space aggregation, the only place a group list `{…}` is written. */
export function isSpaceLayer(name: string): boolean {
  return (SPACE_LAYERS as readonly string[]).includes(name);
}

/**
 * Fails at the `{` of a group list passed to `fn`, which is not a multilayer space aggregation. Datadog takes a
 * group list nowhere else, so a misspelt or unsupported aggregator (`count`, `median`) is the likely cause.
 */
export function rejectGroupList(s: Scanner, fn: string, at: number): never {
  s.fail(`"${fn}" is not a multilayer space aggregator, so "${fn}(" takes no group list "{…}"; expected ${SPACE_LIST}`, at,
    `a group list ends a multilayer space aggregation, e.g. ${SPACE_EXAMPLE('sum')}`);
}

/**
 * Checks `sum(<inner>, {env})` or `percentile(<inner>, 'p95', {env})`: the arguments in that shape, the inner query
 * grouped, and every outer group among the inner ones. `offsets` are the argument offsets, `close` the `)`.
 */
export function checkSpaceLayer(s: Scanner, name: string, args: readonly FunctionArg[], offsets: readonly number[], close: number): void {
  const example = `e.g. ${SPACE_EXAMPLE(name)}`;
  const named = args.findIndex((a) => a.name !== undefined);
  if (named >= 0) s.fail(`"${name}(" takes no name=value arguments`, offsets[named], example);
  const inner = args[0]?.value;
  if (!inner || !isExprArg(inner)) {
    s.fail(`expected a metric expression as the first argument of "${name}(", found ${s.found(offsets[0] ?? close)}`,
      offsets[0] ?? close, example);
  }
  const listAt = args.findIndex((a) => a.value.kind === 'groups');
  if (listAt < 0) {
    s.fail(`"${name}(" aggregates a grouped query again and needs the groups of that outer layer as its last argument`,
      close, example);
  }
  if (listAt < args.length - 1) s.fail(`the group list must be the last argument of "${name}("`, offsets[listAt + 1], example);
  const expected = name === 'percentile' ? 3 : 2;
  if (args.length !== expected) {
    const at = args.length > expected ? offsets[expected - 1] : offsets[listAt];
    s.fail(`"${name}(" takes ${expected} arguments (${name === 'percentile' ? 'the query, the percentile and the groups' : 'the query and the groups'}), found ${args.length}`,
      at, example);
  }
  if (name === 'percentile') {
    const p = args[1]!.value;
    const word = p.kind === 'string' ? p.value : p.kind === 'ident' ? p.name : undefined;
    if (word === undefined || !isPercentile(word)) {
      s.fail(`unknown percentile ${word === undefined ? s.found(offsets[1]) : `'${word}'`} in "percentile("; expected pXX such as 'p95' or 'p99.9'`,
        offsets[1], example);
    }
  }
  const outer = args[listAt]!.value;
  if (outer.kind !== 'groups') return;
  const groups = exprGroups(inner);
  if (groups.length === 0) {
    s.fail(`the query inside "${name}(" is not grouped, so there is no layer to aggregate again`, offsets[0],
      `group the inner query by the tags to aggregate over, e.g. ${SPACE_EXAMPLE(name)}`);
  }
  for (const tag of outer.tags) {
    if (groups.includes(tag)) continue;
    const at = s.text.indexOf(tag, offsets[listAt]);
    s.fail(`"${name}(" groups by "${tag}", which the query inside it is not grouped by (it groups by ${groups.join(', ')})`,
      at < 0 ? offsets[listAt] : at, `an outer layer keeps some of the inner groups: choose among ${groups.join(', ')}`);
  }
}

/**
 * Checks the aggregator of a time layer `rollup(<inner>, 'p95', 1800)`: the plain five, `stddev` or a percentile.
 * Argument counts and the interval are checked with the other functions' signatures.
 */
export function checkTimeLayer(s: Scanner, args: readonly FunctionArg[], offsets: readonly number[]): void {
  const agg = args[1]?.value;
  if (!agg || args[1]?.name !== undefined) return;
  const word = agg.kind === 'string' ? agg.value : agg.kind === 'ident' ? agg.name : undefined;
  if (word === undefined) return;
  if (!TIME_LAYERS.has(word) && !isPercentile(word)) {
    s.fail(`unknown rollup aggregator '${word}' in "rollup("; expected avg, sum, min, max, count, stddev or a percentile such as 'p95'`,
      offsets[1], `e.g. ${TIME_EXAMPLE}`);
  }
}

/** `p95`, `p99.9`: `p` and a number above 0 and at most 100. */
export function isPercentile(name: string): boolean {
  if (!/^p\d+(\.\d+)?$/.test(name)) return false;
  const n = Number(name.slice(1));
  return n > 0 && n <= 100;
}
