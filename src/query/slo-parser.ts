// SLO alert queries:
//   burn_rate("<slo>").over("30d").long_window("1h").short_window("5m") > 14.4
//   error_budget("<slo>").over("30d") > 75
// `<slo>` is a Datadog SLO id or a `${logical-id}` reference to an SLO defined with vigil.
import type { SloQuery } from './ast.ts';
import { isDuration, parseChain, stringArgs } from './chain-parser.ts';
import { Ch, type Scanner } from './lexer.ts';
import { parseCondition } from './threshold.ts';

const TIMEFRAMES = ['7d', '30d', '90d'];
const EXAMPLES = {
  burn_rate: 'burn_rate("${checkout-availability}").over("30d").long_window("1h").short_window("5m") > 14.4',
  error_budget: 'error_budget("${checkout-availability}").over("30d") > 75',
};

export function parseSlo(s: Scanner): { ast: SloQuery; refs: string[] } {
  s.skipSpace();
  const start = s.pos;
  const measure = s.readIdent();
  if (measure !== 'burn_rate' && measure !== 'error_budget') {
    s.pos = start;
    s.fail(`expected burn_rate("…") or error_budget("…") at the start of an SLO alert query, found ${s.found()}`, start,
      `e.g. ${EXAMPLES.burn_rate}`);
  }
  const example = EXAMPLES[measure];
  if (!s.eat(Ch.LParen)) s.missing(Ch.LParen, `after "${measure}"`, `e.g. ${example}`);
  s.skipSpace();
  const idAt = s.pos;
  const id = s.readString();
  if (!id) s.fail(`expected the SLO id in quotes after "${measure}(", found ${s.found(idAt)}`, idAt, `e.g. ${example}`);
  const slo = id.value.trim();
  if (slo === '') s.fail(`the SLO id in "${measure}(" is empty`, idAt, `e.g. ${example}`);
  let ref: string | undefined;
  if (slo.startsWith('${')) {
    if (!slo.endsWith('}') || slo.length === 3) {
      s.fail(`expected a reference such as "\${checkout-availability}" in "${measure}(", found ${s.found(idAt)}`, idAt);
    }
    ref = slo.slice(2, -1);
  }
  if (!s.eat(Ch.RParen)) s.missing(Ch.RParen, `after the SLO id`, 'the SLO id is one quoted string');

  const { calls, offsets } = parseChain(s);
  const windows: { over?: string; long_window?: string; short_window?: string } = {};
  calls.forEach((call, i) => {
    const at = offsets[i] ?? [];
    const name = call.name;
    if (name !== 'over' && name !== 'long_window' && name !== 'short_window') {
      s.fail(`unknown method ".${name}()" in an SLO alert query; expected ${measure === 'burn_rate' ? 'over, long_window or short_window' : 'over'}`,
        call.offset, `e.g. ${example}`);
    }
    if (name !== 'over' && measure === 'error_budget') {
      s.fail(`".${name}()" applies to burn_rate alerts only`, call.offset, `e.g. ${EXAMPLES.error_budget}`);
    }
    if (windows[name] !== undefined) s.fail(`".${name}()" appears twice`, call.offset);
    const [value] = stringArgs(s, call, at, 1, 1);
    if (value === undefined) return;
    if (name === 'over' && !TIMEFRAMES.includes(value)) {
      s.fail(`unknown SLO timeframe "${value}" in ".over("; expected "7d", "30d" or "90d"`, at[0],
        'use the timeframe of the SLO target the alert watches');
    }
    if (name !== 'over' && !isDuration(value)) {
      s.fail(`expected a window such as "1h" or "5m" in ".${name}(", found ${s.found(at[0])}`, at[0], `e.g. ${example}`);
    }
    windows[name] = value;
  });
  if (windows.over === undefined) {
    s.fail(`expected ".over(\"7d\")", ".over(\"30d\")" or ".over(\"90d\")" after "${measure}(…)", found ${s.found()}`,
      s.pos, `e.g. ${example}`);
  }
  if ((windows.long_window === undefined) !== (windows.short_window === undefined)) {
    s.fail('a burn rate alert takes both ".long_window()" and ".short_window()" or neither', s.pos, `e.g. ${example}`);
  }
  const cond = parseCondition(s, start, true);
  if (!cond) s.fail(`expected a comparator such as ">" after "${s.since(start)}"`, s.pos);
  const ast: SloQuery = {
    kind: 'slo', measure, slo, over: windows.over, comparator: cond.comparator, threshold: cond.threshold,
  };
  if (ref !== undefined) ast.ref = ref;
  if (windows.long_window !== undefined) ast.longWindow = windows.long_window;
  if (windows.short_window !== undefined) ast.shortWindow = windows.short_window;
  return { ast, refs: ref === undefined ? [] : [ref] };
}
