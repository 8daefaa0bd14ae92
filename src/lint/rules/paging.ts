import { closest } from '../../diagnostics/suggest.ts';
import type { LintRule } from '../rule.ts';

const PAGER = /@pagerduty-[\w.-]+/g;

export const highSeverityPages: LintRule = {
  id: 'high-severity-pages',
  severity: 'warning',
  description: 'Sev1 and Sev2 monitors in production reach a pager.',
  hint: 'add a routing rule that pages for this team, or lower the severity',
  check: (def, ctx) => {
    if ((def.severity !== 'sev1' && def.severity !== 'sev2') || !ctx.isProduction(def.env)) return [];
    return /@pagerduty-[\w.-]+/.test(ctx.message(def)) ? [] : [{ message: `a ${def.severity} monitor in ${def.env} notifies no pager`, path: '/severity' }];
  },
};

export const nonProductionNeverPages: LintRule = {
  id: 'nonprod-never-pages',
  severity: 'error',
  description: 'Monitors outside production never page anyone.',
  hint: 'notify a chat channel instead, or set the env to a production one',
  check: (def, ctx) => {
    if (ctx.isProduction(def.env)) return [];
    // Every text Datadog notifies from: the composed message, the re-notification text, and the escape hatch that
    // replaces them on the wire. `overrides` is unchecked for what it is, but it cannot page from outside production.
    const texts: Array<[string, unknown]> = [
      ['/message', ctx.message(def)],
      ['/options/escalationMessage', def.options?.escalationMessage],
      ['/overrides/message', def.overrides?.message],
      ['/overrides/options/escalation_message', def.overrides?.options?.escalation_message],
    ];
    const findings = [];
    for (const [path, text] of texts) {
      if (typeof text !== 'string' || !text.includes('@pagerduty-')) continue;
      const pagers = [...new Set(text.match(PAGER) ?? [])];
      findings.push({ message: `a ${def.env ?? 'env-less'} monitor pages ${pagers.join(', ')}${path === '/message' ? '' : ` through "${path.slice(1).replace(/\//g, '.')}"`}`, path });
    }
    return findings;
  },
};

export const pagesNotifyRecovery: LintRule = {
  id: 'pages-notify-recovery',
  severity: 'warning',
  description: 'Paging monitors also notify the pager on recovery, so incidents resolve themselves.',
  hint: 'put the @pagerduty handle outside the conditional blocks, or also inside {{#is_recovery}}',
  check: (def, ctx) => {
    const message = ctx.message(def);
    if (!message.includes('@pagerduty-')) return []; // most monitors page no one: skip the block scans
    const outside = stripBlocks(message);
    const recovery = [...message.matchAll(/\{\{#is_recovery\}\}([\s\S]*?)\{\{\/is_recovery\}\}/g)].map((m) => m[1]).join(' ');
    const missing = [...new Set(message.match(PAGER) ?? [])].filter((h) => !outside.includes(h) && !recovery.includes(h));
    return missing.map((h) => ({ message: `${h} is notified of alerts but not of the recovery`, path: '/message' }));
  },
};

/** The message without any `{{#…}}…{{/…}}` conditional block. */
function stripBlocks(message: string): string {
  return message.replace(/\{\{#(\w+)\}\}[\s\S]*?\{\{\/\1\}\}/g, '');
}

const PRODUCTION_NAMES = new Set(['prod', 'production', 'prd', 'live']);

export const envNearProduction: LintRule = {
  id: 'env-near-production',
  severity: 'warning',
  description: 'An env a typo away from a production one ("prd") is not production: the monitor would never page.',
  hint: 'write the production env exactly as the routing table names it, or a clearly non-production name',
  check: (def, ctx) => {
    if (def.env === undefined || ctx.isProduction(def.env)) return [];
    // One edit for short names (`prd`, `prod1`), two for long ones (`prodution`): `pre` or `perf` are not typos of `prod`.
    const guess = closest(def.env, ctx.productionEnvs, def.env.length >= 8 ? 2 : 1);
    if (guess) return [{ message: `"env" is "${def.env}", which is not a production environment, so this monitor never pages; did you mean "${guess}"?`, path: '/env' }];
    // A name that means production everywhere, missing from a routing table that lists its own production envs.
    if (PRODUCTION_NAMES.has(def.env)) {
      return [{ message: `"env" is "${def.env}", which the routing table's "productionEnvs" (${ctx.productionEnvs.join(', ')}) leave out, so this monitor never pages`, path: '/env' }];
    }
    return [];
  },
};
