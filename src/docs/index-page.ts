// The catalog's front page: every team and service with counts, monitors by severity, and the routing rules.
import { SEVERITIES } from '../ir/monitor.ts';
import { destination, sourceLink } from './describe.ts';
import { anchor, code, plural, table, text } from './markdown.ts';
import type { Catalog, RoutingEntry } from './model.ts';
import { GENERATED, type PageContext, serviceTitle, teamTitle } from './team-page.ts';

export function renderIndex(catalog: Catalog, ctx: PageContext): string {
  const all = catalog.teams.flatMap((t) => t.services);
  const monitors = all.flatMap((s) => s.monitors);
  const slos = all.reduce((n, s) => n + s.slos.length, 0);
  const out = [GENERATED, '', '# Monitoring catalog', ''];
  out.push(`${plural(monitors.length, 'monitor')} and ${plural(slos, 'SLO')} of ${plural(catalog.teams.length, 'team')}. One page per team; each lists its services, their SLOs and their monitors with query, thresholds, runbook and first steps.`);
  out.push('', '## Teams', '');
  out.push(...table(['team', 'services', 'monitors', 'SLOs'], catalog.teams.map((t) => [
    `[${text(teamTitle(t))}](${t.file})`,
    String(t.services.filter((s) => s.service).length),
    String(t.services.reduce((n, s) => n + s.monitors.length, 0)),
    String(t.services.reduce((n, s) => n + s.slos.length, 0)),
  ]), ['left', 'right', 'right', 'right']));
  out.push('', '## Services', '');
  const services = catalog.teams.flatMap((t) => t.services.filter((s) => s.service).map((s) => ({ t, s })))
    .sort((a, b) => (a.s.service! < b.s.service! ? -1 : a.s.service! > b.s.service! ? 1 : 0));
  out.push(...table(['service', 'team', 'environments', 'monitors', 'SLOs'], services.map(({ t, s }) => [
    `[${text(s.service!)}](${t.file}#${anchor(serviceTitle(s))})`,
    text(t.team ?? 'no team'),
    [...new Set([...s.monitors.map((m) => m.env), ...s.slos.map((x) => x.env)].filter((e): e is string => Boolean(e)))].sort().map(text).join(', ') || 'not set',
    String(s.monitors.length),
    String(s.slos.length),
  ]), ['left', 'left', 'left', 'right', 'right']));
  out.push('', '## Monitors by severity', '', 'Sev1 is a complete outage, Sev5 is informational.', '');
  const rows = [...SEVERITIES, undefined].map((sev) => [sev ?? 'not set', String(monitors.filter((m) => m.severity === sev).length)]);
  out.push(...table(['severity', 'monitors'], rows.filter(([sev, n]) => sev !== 'not set' || n !== '0'), ['left', 'right']));
  for (const r of catalog.routing) out.push('', ...renderRouting(r, ctx));
  return `${out.join('\n')}\n`;
}

function renderRouting(r: RoutingEntry, ctx: PageContext): string[] {
  const out = [`## Routing: ${text(r.id)}`, ''];
  out.push(`Rules are tried in order; the first that matches decides, unless it says to continue. Defined in ${sourceLink(r.source, ctx.sourceBase)}.`);
  if (r.productionEnvs?.length) out.push('', `Only these environments may page: ${r.productionEnvs.map(code).join(', ')}.`);
  out.push('', ...table(['order', 'rule', 'applies to', 'notifies', 'then'], r.rules.map((rule, i) => [
    String(i + 1),
    text(rule.name),
    rule.match.length ? rule.match.map(([k, v]) => `${text(k)} ${v.map(code).join(' or ')}`).join('; ') : 'every monitor',
    (rule.notify.length ? rule.notify.map(destination).join('; ') : 'nobody') + (rule.allowNonProdPaging ? ' (may page outside production)' : ''),
    rule.continue ? 'continues to the next rule' : 'stops',
  ])));
  out.push('', `When no rule matches: ${r.default.length ? r.default.map(destination).join('; ') : 'nobody is notified'}.`);
  return out;
}
