import type { LintRule } from '../rule.ts';

/** Types for which no-data behaviour is a monitor option at all. */
const NO_DATA_TYPES = new Set(['query alert', 'metric alert', 'service check', 'log alert', 'event-v2 alert', 'process alert', 'rum alert', 'trace-analytics alert']);

export const noDataExplicit: LintRule = {
  id: 'no-data-explicit',
  severity: 'warning',
  description: 'What happens when data stops arriving is chosen explicitly.',
  hint: 'set "options.onMissingData" (or "options.notifyNoData" for service checks)',
  check: (def) => {
    if (!NO_DATA_TYPES.has(def.type)) return [];
    const o = def.options ?? {};
    return o.notifyNoData === undefined && o.onMissingData === undefined
      ? [{ message: 'no-data behaviour is left to the default', path: '/options' }] : [];
  },
};

export const noDuplicateQuery: LintRule = {
  id: 'no-duplicate-query',
  severity: 'warning',
  description: 'No two monitors watch the same query in the same scope (they would alert twice for one problem).',
  hint: 'merge them, or give them different thresholds through one monitor with warning and critical',
  check: (def, ctx) => ctx.sameQuery(def).map((t) => ({ message: `watches the same query as "${t.id}"`, path: '/query' })),
};
