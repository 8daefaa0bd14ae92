// What vigil knows about Datadog's metric functions and methods: argument counts and allowed values. Functions
// not listed here are accepted with any arguments; methods must be known.
import type { FunctionArg, Literal } from './ast.ts';
import { isExprArg } from './groups.ts';
import type { Scanner } from './lexer.ts';
import { TIME_EXAMPLE, checkSpaceLayer, checkTimeLayer, isPercentile, isSpaceLayer } from './multilayer.ts';

interface Param {
  /** What the argument means, for messages. */
  what: string;
  kind: 'expr' | 'number' | 'word';
  oneOf?: readonly string[];
}

interface Signature {
  params: readonly Param[];
  required: number;
  example: string;
}

const EXPR: Param = { what: 'a metric expression', kind: 'expr' };
const NUMBER = (what: string): Param => ({ what, kind: 'number' });
const WORD = (what: string, oneOf?: readonly string[]): Param => ({ what, kind: 'word', ...(oneOf && { oneOf }) });

const UNARY: Signature = { params: [EXPR], required: 1, example: 'diff(avg:system.load.1{*})' };
const CLAMP = (name: string): Signature => ({
  params: [EXPR, NUMBER('the bound')], required: 2, example: `${name}(avg:system.load.1{*}, 0)`,
});

const FUNCTIONS: Record<string, Signature> = {
  anomalies: {
    params: [EXPR, WORD('the algorithm', ['basic', 'agile', 'robust']), NUMBER('the bounds')],
    required: 3,
    example: "anomalies(avg:system.load.1{*}, 'basic', 2)",
  },
  forecast: {
    params: [EXPR, WORD('the algorithm', ['linear', 'seasonal']), NUMBER('the deviations')],
    required: 3,
    example: "forecast(avg:system.disk.in_use{*}, 'linear', 1)",
  },
  outliers: {
    params: [EXPR, WORD('the algorithm', ['DBSCAN', 'MAD', 'scaledMAD', 'scaledDBSCAN']), NUMBER('the tolerance'),
      NUMBER('the percentage')],
    required: 3,
    example: "outliers(avg:system.load.1{*} by {host}, 'DBSCAN', 3)",
  },
  timeshift: { params: [EXPR, NUMBER('the shift in seconds')], required: 2, example: 'timeshift(avg:system.load.1{*}, -3600)' },
  top: {
    params: [EXPR, NUMBER('the limit'), WORD('the ranking', ['max', 'min', 'last', 'l2norm', 'area', 'mean', 'norm']),
      WORD('the order', ['asc', 'desc'])],
    required: 1,
    example: "top(avg:system.load.1{*} by {host}, 10, 'mean', 'desc')",
  },
  // Multilayer time aggregation: a further rollup over a query's result; its aggregator is checked in multilayer.ts.
  rollup: {
    params: [EXPR, WORD('the aggregator'), NUMBER('the interval in seconds')],
    required: 2,
    example: TIME_EXAMPLE,
  },
  clamp_min: CLAMP('clamp_min'),
  clamp_max: CLAMP('clamp_max'),
  cutoff_min: CLAMP('cutoff_min'),
  cutoff_max: CLAMP('cutoff_max'),
};
for (const name of [
  'abs', 'log2', 'log10', 'cumsum', 'integral', 'diff', 'monotonic_diff', 'derivative', 'per_second', 'per_minute',
  'per_hour', 'hour_before', 'day_before', 'week_before', 'month_before', 'ewma_3', 'ewma_5', 'ewma_7', 'ewma_10',
  'ewma_20', 'median_3', 'median_5', 'median_7', 'median_9', 'count_nonzero', 'count_not_null', 'default_zero',
  'robust_trend', 'trend_line', 'piecewise_constant',
]) FUNCTIONS[name] = { ...UNARY, example: `${name}(avg:system.load.1{*})` };

function wordOf(value: FunctionArg['value'] | Literal): string | undefined {
  return value.kind === 'string' ? value.value : value.kind === 'ident' ? value.name : undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Checks a function call's arguments against what Datadog takes. `offsets` are the argument offsets and `close`
 * the offset of the closing parenthesis.
 */
export function checkFunction(s: Scanner, name: string, args: readonly FunctionArg[], offsets: readonly number[], close: number): void {
  let positional = 0;
  let sawNamed = false;
  args.forEach((arg, i) => {
    if (arg.name !== undefined) sawNamed = true;
    else if (sawNamed) s.fail(`positional argument after a named one in "${name}("`, offsets[i], 'put name=value arguments last');
    else positional++;
  });
  if (isSpaceLayer(name)) return checkSpaceLayer(s, name, args, offsets, close);
  const sig = FUNCTIONS[name];
  if (!sig) return;
  if (positional === 0 && sig.params[0]?.kind === 'expr') {
    s.fail(`expected a metric expression as the first argument of "${name}(", found ${s.found(offsets[0] ?? close)}`,
      offsets[0] ?? close, `e.g. ${sig.example}`);
  }
  for (let i = 0; i < positional; i++) {
    const param = sig.params[i];
    const value = args[i]?.value;
    if (!param || !value) continue;
    const at = offsets[i];
    if (param.kind === 'expr' && !isExprArg(value)) {
      s.fail(`expected a metric expression as argument ${i + 1} of "${name}(", found ${s.found(at)}`, at, `e.g. ${sig.example}`);
    }
    if (param.kind === 'number' && value.kind !== 'number') {
      s.fail(`expected a number as argument ${i + 1} of "${name}(" (${param.what}), found ${s.found(at)}`, at, `e.g. ${sig.example}`);
    }
    if (param.kind === 'word') {
      const word = wordOf(value);
      if (word === undefined) {
        s.fail(`expected a quoted word as argument ${i + 1} of "${name}(" (${param.what}), found ${s.found(at)}`, at,
          `e.g. ${sig.example}`);
      }
      if (param.oneOf && !param.oneOf.includes(word)) {
        s.fail(`unknown ${name} ${param.what.replace(/^the /, '')} '${word}'; expected ${listOf(param.oneOf)}`, at);
      }
    }
  }
  if (positional < sig.required) {
    const what = joinAnd(sig.params.slice(positional, sig.required).map((p) => p.what));
    s.fail(`"${name}(" needs ${plural(sig.required, 'argument')}, found ${positional}; missing ${what}`, close,
      `e.g. ${sig.example}`);
  }
  if (positional > sig.params.length) {
    s.fail(`"${name}(" takes at most ${plural(sig.params.length, 'positional argument')}, found ${positional}`,
      offsets[sig.params.length], `e.g. ${sig.example}`);
  }
  if (name === 'rollup') checkTimeLayer(s, args, offsets);
}

function listOf(values: readonly string[]): string {
  return joinWith(values.map((v) => `'${v}'`), 'or');
}

function joinAnd(values: readonly string[]): string {
  return joinWith(values, 'and');
}

function joinWith(values: readonly string[], word: string): string {
  return values.length <= 1 ? values[0] ?? '' : `${values.slice(0, -1).join(', ')} ${word} ${values[values.length - 1]}`;
}

interface MethodSignature {
  params: readonly Param[];
  required: number;
  example: string;
}

const METHODS: Record<string, MethodSignature | undefined> = {
  as_count: { params: [], required: 0, example: '.as_count()' },
  as_rate: { params: [], required: 0, example: '.as_rate()' },
  weighted: { params: [], required: 0, example: '.weighted()' },
  rollup: {
    params: [WORD('the rollup method', ['avg', 'sum', 'min', 'max', 'count']), NUMBER('the interval in seconds')],
    required: 1,
    example: '.rollup(sum, 60)',
  },
  fill: {
    params: [WORD('the fill method', ['null', 'zero', 'linear', 'last']), NUMBER('the limit in seconds')],
    required: 1,
    example: '.fill(zero, 0)',
  },
};

/** Checks a metric term's `.method(args)`; `by` takes any words (grouping). */
export function checkMethod(s: Scanner, name: string, at: number, args: readonly Literal[], offsets: readonly number[], close: number): void {
  if (name === 'by') return;
  const sig = METHODS[name];
  if (!sig) {
    s.fail(`unknown method ".${name}()"; expected .as_count(), .as_rate(), .rollup(), .fill(), .weighted() or .by()`, at,
      name === 'as_cnt' || name === 'count' ? 'write .as_count()' : undefined);
  }
  if (args.length < sig.required) {
    s.fail(`".${name}()" needs ${plural(sig.required, 'argument')}, found ${args.length}`, close, `e.g. ${sig.example}`);
  }
  if (args.length > sig.params.length) {
    s.fail(`".${name}()" takes ${sig.params.length === 0 ? 'no arguments' : `at most ${plural(sig.params.length, 'argument')}`}, found ${args.length}`,
      offsets[sig.params.length], `e.g. ${sig.example}`);
  }
  args.forEach((arg, i) => {
    const param = sig.params[i];
    if (!param) return;
    const word = wordOf(arg);
    if (param.kind === 'number' && arg.kind !== 'number') {
      s.fail(`expected a number as argument ${i + 1} of ".${name}(" (${param.what}), found ${s.found(offsets[i])}`, offsets[i],
        `e.g. ${sig.example}`);
    }
    if (param.kind === 'word' && (word === undefined || (param.oneOf && !param.oneOf.includes(word)))) {
      // `.rollup(p95, 300)`: percentiles and stddev over time only exist as a further layer around the query.
      const layered = name === 'rollup' && word !== undefined && (word === 'stddev' || isPercentile(word));
      s.fail(`expected ${param.what} as argument ${i + 1} of ".${name}(", one of ${param.oneOf?.join(', ')}; found ${s.found(offsets[i])}`,
        offsets[i], layered ? `${word} over time is a further layer of time aggregation around the query, e.g. ${TIME_EXAMPLE}` : `e.g. ${sig.example}`);
    }
  });
}
