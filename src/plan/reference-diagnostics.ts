// Plan-time reference errors (a PagerDuty user, schedule or service, a Slack channel, webhook or team the organisation
// does not have) pointed at the definition that names them, in the same line format as `vigil validate`: a reviewer
// goes straight to the line. Handles vigil could not check are said once, as a warning, never passed off as checked.
import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import type { RoutingDefinition } from '../ir/routing.ts';
import { formatLocation } from '../ir/source.ts';
import { fieldLocation } from '../load/field-locations.ts';
import type { CompositeProblem } from './composites.ts';
import type { HandleResolution, HandleUse, UnresolvedHandle } from './handles.ts';
import type { UnresolvedReference } from './pagerduty.ts';

/** One diagnostic (code `plan-reference`) per place a definition names something that does not resolve. */
export function referenceDiagnostics(definitions: readonly Definition[], refs: readonly UnresolvedReference[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    if (seen.has(`${ref.kind}:${ref.name}`)) continue; // one policy naming a user twice resolves it twice
    seen.add(`${ref.kind}:${ref.name}`);
    let named = false;
    for (const def of definitions) {
      if (def.kind !== 'pagerduty-escalation-policy') continue;
      def.rules.forEach((rule, i) => rule.targets.forEach((target, j) => {
        const value = ref.kind === 'user' ? (target as { user?: string }).user : (target as { schedule?: string }).schedule;
        if (value === undefined || (ref.kind === 'user' ? value.toLowerCase() !== ref.name.toLowerCase() : value !== ref.name)) return;
        named = true;
        out.push(at(def, `/rules/${i}/targets/${j}/${ref.kind}`, ref.message, ref.kind === 'user'
          ? 'check the email address: PagerDuty matches it to a user of the account (vigil does not create users)'
          : 'check the schedule name as PagerDuty shows it (vigil does not create schedules), or use its id (P…)'));
      }));
    }
    if (!named) out.push({ severity: 'error', code: 'plan-reference', id: '-', message: ref.message });
  }
  return out;
}

/** What to do about an unresolved handle of each kind: when the definition names it, and when routing added it. */
const FIX: Readonly<Record<UnresolvedHandle['kind'], { own: string; routed: string }>> = {
  pagerduty: {
    own: 'define the service with pagerdutyService(), or fix the name to one PagerDuty and Datadog know',
    routed: 'define the service with pagerdutyService()',
  },
  slack: {
    own: "add the channel to Datadog's Slack integration (vigil does not manage channels), or fix the handle",
    routed: "add the channel to Datadog's Slack integration (vigil does not manage channels)",
  },
  webhook: {
    own: "create the webhook in Datadog's Webhooks integration (vigil does not manage webhooks), or fix the name",
    routed: "create the webhook in Datadog's Webhooks integration (vigil does not manage webhooks)",
  },
  team: {
    own: "create the team in Datadog (Organization Settings, Teams), or use an existing team's handle",
    routed: 'create the team in Datadog (Organization Settings, Teams)',
  },
  email: { own: 'write the whole address after the "@", e.g. @oncall@example.com', routed: 'write the whole address' },
};

/**
 * Errors for handles that reach nothing, at the field that names them (or at the monitor, with the routing table's
 * line, when the routing table added the handle); a warning listing the handles vigil did not check; a warning per
 * integration it could not read; and an error for each Slack account the routing table names that Datadog lacks.
 */
export function handleDiagnostics(definitions: readonly Definition[], resolution: HandleResolution, missingSlackAccounts: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const routing = definitions.find((d): d is RoutingDefinition => d.kind === 'routing');
  for (const h of resolution.unresolved) {
    const def = byId.get(h.id);
    const place = def ? wherePlaced(def, h) : { path: h.path, own: true };
    const fix = place.own || !routing?.source
      ? FIX[h.kind].own
      : `the routing table at ${formatLocation(routing.source)} sends this monitor to it: ${FIX[h.kind].routed}, or fix the routing destination`;
    const hint = h.suggestion ? `did you mean ${h.suggestion}? Otherwise ${fix}` : fix;
    out.push(def ? at(def, place.path, h.message, hint) : { severity: 'error', code: 'plan-reference', id: h.id || '-', message: h.message, hint, path: h.path });
  }
  if (resolution.unchecked.length > 0) {
    const uses = new Map<string, { reason: string; ids: Set<string> }>();
    for (const u of resolution.unchecked) {
      const handle = u.handle.startsWith('@') ? u.handle : `@${u.handle}`;
      const entry = uses.get(handle) ?? { reason: u.reason, ids: new Set<string>() };
      entry.ids.add(u.id);
      uses.set(handle, entry);
    }
    const list = [...uses].sort(([a], [b]) => (a < b ? -1 : 1)).map(([handle, { reason, ids }]) => `${handle} (${[...ids].sort().join(', ')}): ${reason}`);
    const first = resolution.unchecked[0]!;
    const def = byId.get(first.id);
    out.push({
      severity: 'warning', code: 'plan-handle-unchecked', id: '-',
      message: `vigil did not check ${uses.size === 1 ? 'this handle' : `these ${uses.size} handles`} against Datadog: ${list.join('; ')}`,
      hint: 'check them in Datadog yourself: a handle that reaches nothing drops that notification silently',
      ...(def?.source ? { location: def.source } : {}),
    });
  }
  for (const { integration, why, use } of resolution.unreadable) {
    const def = byId.get(use.id);
    const location = def && (fieldLocation(def, wherePlaced(def, use).path) ?? def.source);
    out.push({
      severity: 'warning', code: 'plan-handle-unchecked', id: '-',
      message: `vigil could not check the handles that need ${integration}: ${why}`,
      hint: 'the plan goes ahead; give the application key read access to the integration so the next plan checks them',
      ...(location ? { location } : {}),
    });
  }
  if (routing && missingSlackAccounts.length > 0) {
    (routing.slackAccounts ?? []).forEach((account, i) => {
      if (!missingSlackAccounts.includes(account)) return;
      out.push(at(routing, `/slackAccounts/${i}`, `Datadog's Slack integration has no account "${account}"`,
        "name the accounts as Datadog's Slack integration tile lists them, or install the Slack integration"));
    });
  }
  return out;
}

/** Errors for composites that name, by Datadog id, a monitor that will not exist once the plan is applied. */
export function compositeDiagnostics(definitions: readonly Definition[], problems: readonly CompositeProblem[]): Diagnostic[] {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  return problems.map((p) => {
    const message = p.deletedLogicalId
      ? `the query names monitor ${p.monitorId} ("${p.deletedLogicalId}"), which this plan deletes: its definition is gone`
      : `the query names monitor ${p.monitorId}, which does not exist in Datadog`;
    const hint = p.deletedLogicalId
      ? `write \${${p.deletedLogicalId}} and keep its definition, or take it out of the composite`
      : 'use the id of a monitor that exists (Monitors, Manage Monitors), or ${logical-id} for one vigil manages';
    const def = byId.get(p.id);
    const d: Diagnostic = def ? at(def, '/query', message, hint) : { severity: 'error', code: 'plan-reference', id: p.id, message, hint };
    return { ...d, code: 'composite-unknown-monitor' };
  });
}

/** Where a definition names a handle: its own field, or (for a monitor) the routing table that added it. */
function wherePlaced(def: Definition, use: HandleUse): { path: string; own: boolean } {
  if (def.kind !== 'monitor' || use.path !== '/message') return { path: use.path, own: true };
  const monitor = def as MonitorDefinition;
  const bare = use.handle.startsWith('@') ? use.handle : `@${use.handle}`;
  const i = monitor.message?.notify?.indexOf(bare) ?? -1;
  if (i >= 0) return { path: `/message/notify/${i}`, own: true };
  return { path: '/message', own: JSON.stringify([monitor.message, monitor.overrides]).includes(bare) };
}

function at(def: Definition, path: string, message: string, hint: string): Diagnostic {
  const location = fieldLocation(def, path) ?? def.source;
  return { severity: 'error', code: 'plan-reference', id: def.id || '-', message, hint, path, ...(location ? { location } : {}) };
}
