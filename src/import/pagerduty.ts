// PagerDuty services vigil does not own → `pagerdutyService()` definitions carrying `adopt: { pagerdutyId }`. A plan
// takes the adopted service over only when nothing but the ownership marker in its description would change
// (plan/adopt-pagerduty.ts); so a service is written only when its definition reproduces every field vigil sends, and
// is otherwise skipped with the reason. Escalation policies vigil manages are named by logical id, others by their
// PagerDuty id.
import { compileService, PD_ID, SERVICE_DEFAULTS } from '../compile/pagerduty/payloads.ts';
import { pagerdutyService } from '../dsl/pagerduty/index.ts';
import { diffFields } from '../plan/diff.ts';
import { canonicalPagerDuty, datadogIntegrations } from '../plan/pagerduty-canonical.ts';
import { showValue } from '../plan/render/values.ts';
import { check } from '../pipeline/check.ts';
import { logicalIdFor } from './names.ts';
import { isObject } from './options.ts';
import type { WireService } from './wire.ts';

type Json = Record<string, unknown>;

/** Imported services go to one file, as PagerDuty is set up in one place (like the example monitors/pagerduty.ts). */
export const PAGERDUTY_FILE = 'pagerduty.ts';


export interface PagerDutyImportContext {
  /** PagerDuty id → logical id of the escalation policies vigil manages and the project defines. */
  policies?: ReadonlyMap<string, string>;
  /** Lowercased name → logical id of the services the project defines already. */
  services?: ReadonlyMap<string, string>;
  /** Names of the Datadog PagerDuty service objects that exist (`@pagerduty-<name>` resolves). */
  datadogServices?: ReadonlySet<string>;
}

export interface ServiceDraft {
  pagerdutyId: string;
  id: string;
  /** File the definition is written to, relative to the output folder. */
  file: string;
  /** The props of the `pagerdutyService` call, in print order. */
  props: Json;
  /** Comment lines for reviewers, one sentence each. */
  notes: string[];
  /** The first apply adds a Datadog integration to the service (it has none to reuse). */
  addsIntegration: boolean;
  /** The first apply creates Datadog's PagerDuty service object of this name. */
  addsDatadogService: boolean;
}

/**
 * Drafts every service, sorted by PagerDuty id. `taken` holds the logical ids in use (imported ids are added to it);
 * `problems` says, per service, why it was skipped or what a reviewer must check.
 */
export function importServices(
  remotes: readonly WireService[], taken: Set<string>, context: PagerDutyImportContext = {},
): { drafts: ServiceDraft[]; problems: string[] } {
  const drafts: ServiceDraft[] = [];
  const problems: string[] = [];
  for (const remote of [...remotes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const id = logicalIdFor(remote.name, remote.id, taken, 'service');
    const draft = draftService(remote, id, context);
    if (typeof draft === 'string') {
      taken.delete(id);
      problems.push(`PagerDuty service ${remote.id} "${remote.name}": skipped: ${draft}`);
      continue;
    }
    drafts.push(draft);
    if (draft.addsIntegration && !draft.addsDatadogService) {
      problems.push(`${id} (PagerDuty ${remote.id}): Datadog already has a PagerDuty service object "${remote.name}", but the `
        + 'service has no Datadog integration: adoption adds one, and that object keeps the integration key it has. '
        + 'Hint: check which integration the key belongs to; "vigil apply" does not re-key it');
    }
  }
  return { drafts, problems };
}

/**
 * The services import takes over: those {@link draftService} does not skip. Whether a service is skipped does not
 * depend on its logical id or on Datadog's PagerDuty service objects, so this can run before those are looked up
 * (one request per name: only the services taken over need one).
 */
export function importableServices(remotes: readonly WireService[], context: PagerDutyImportContext = {}): WireService[] {
  return remotes.filter((remote) => typeof draftService(remote, 'service', context) !== 'string');
}

/** The draft of one service, or the reason it cannot be taken over unchanged. */
export function draftService(remote: WireService, id: string, context: PagerDutyImportContext = {}): ServiceDraft | string {
  const defined = context.services?.get(remote.name.toLowerCase());
  if (defined) {
    return `the definitions already have a service of that name ("${defined}"), which takes this one over only with `
      + `adopt: { pagerdutyId: '${remote.id}' }`;
  }
  const policy = isObject(remote.escalation_policy) ? remote.escalation_policy : {};
  const policyId = policy.id;
  if (typeof policyId !== 'string') return 'it has no escalation policy';
  const managed = context.policies?.get(policyId);
  if (!managed && !PD_ID.test(policyId)) {
    return `its escalation policy id "${policyId}" is not "P" and 6 letters or digits, the form vigil names a policy it does not manage by`;
  }
  const rule = isObject(remote.incident_urgency_rule) ? remote.incident_urgency_rule : {};
  const supportHours = rule.type === 'use_support_hours' ? supportHoursUrgency(remote) : undefined;
  if (typeof supportHours === 'string') return supportHours;

  const props: Json = { id, name: remote.name };
  if (typeof remote.description === 'string' && remote.description !== '') props.description = remote.description;
  props.escalationPolicy = managed ?? policyId;
  if (supportHours) props.urgency = supportHours;
  else if (rule.urgency !== SERVICE_DEFAULTS.urgency && rule.urgency !== undefined) props.urgency = rule.urgency;
  if (remote.auto_resolve_timeout !== SERVICE_DEFAULTS.autoResolveTimeout && remote.auto_resolve_timeout !== undefined) {
    props.autoResolveTimeout = remote.auto_resolve_timeout;
  }
  if (remote.acknowledgement_timeout !== SERVICE_DEFAULTS.acknowledgementTimeout && remote.acknowledgement_timeout !== undefined) {
    props.acknowledgementTimeout = remote.acknowledgement_timeout;
  }
  props.adopt = { pagerdutyId: remote.id };
  const definition = pagerdutyService(props as unknown as Parameters<typeof pagerdutyService>[0]);
  // A managed policy is defined elsewhere in the project, so "not defined" is expected here.
  const rejected = check([definition]).diagnostics
    .filter((d) => d.severity === 'error' && !(managed && d.code === 'pagerduty-reference'));
  if (rejected.length > 0) return `vigil rejects it: ${rejected.map((d) => d.message).join('; ')}`;

  // What a plan would send, with the policy reference resolved: it must equal the service in every field vigil manages.
  const sent = { ...(compileService(definition)[0]!.payload.service as Json), escalation_policy: { id: policyId } };
  const changed = diffFields(canonicalPagerDuty('pagerduty.service', remote), canonicalPagerDuty('pagerduty.service', sent));
  if (changed.length > 0) {
    return `adoption would change ${changed.map((f) => `"${f.path}" ${showValue(f.old ?? null, 60)} → ${showValue(f.new ?? null, 60)}`).join(', ')}`;
  }

  const notes = [`PagerDuty service ${remote.id}.`];
  if (!managed) {
    const name = typeof policy.summary === 'string' ? ` ("${policy.summary}")` : '';
    notes.push(`Escalation policy ${policyId}${name} is not managed by vigil.`);
  }
  const [integration] = datadogIntegrations(remote);
  notes.push(integration
    ? `Keeps its Datadog integration ${String(integration.id)}.`
    : 'The first apply adds a Datadog integration to it: it has none.');
  const addsDatadogService = !(context.datadogServices?.has(remote.name) ?? false);
  if (addsDatadogService) notes.push(`The first apply creates Datadog's PagerDuty service object "${remote.name}", so @pagerduty-${remote.name} reaches it.`);
  return { pagerdutyId: remote.id, id, file: PAGERDUTY_FILE, props, notes, addsIntegration: !integration, addsDatadogService };
}

/**
 * A support-hours urgency as the DSL writes it, or why it cannot be: vigil knows PagerDuty's `fixed_time_per_day`
 * hours on whole minutes, constant urgencies on either side, and the one scheduled action that raises open incidents
 * when support hours start.
 */
function supportHoursUrgency(remote: WireService): Json | string {
  const rule = remote.incident_urgency_rule as Json;
  const constant = (part: unknown) => (isObject(part) && part.type === 'constant' && typeof part.urgency === 'string' ? part.urgency : undefined);
  const during = constant(rule.during_support_hours);
  const outside = constant(rule.outside_support_hours);
  const hours = isObject(remote.support_hours) ? remote.support_hours : {};
  const minutes = (t: unknown) => (typeof t === 'string' && /^\d\d:\d\d:00$/.test(t) ? t.slice(0, 5) : undefined);
  const start = minutes(hours.start_time);
  const end = minutes(hours.end_time);
  const days = Array.isArray(hours.days_of_week) ? hours.days_of_week : undefined;
  if (!during || !outside || hours.type !== 'fixed_time_per_day' || typeof hours.time_zone !== 'string' || !start || !end || !days) {
    return 'its support hours are not fixed hours on whole minutes with a constant urgency on either side, which is what '
      + 'vigil can write. Hint: keep managing this service in PagerDuty';
  }
  const actions = Array.isArray(remote.scheduled_actions) ? remote.scheduled_actions : [];
  const raise = (a: unknown) => isObject(a) && a.type === 'urgency_change' && a.to_urgency === 'high'
    && isObject(a.at) && a.at.type === 'named_time' && a.at.name === 'support_hours_start';
  if (actions.length > 1 || (actions.length === 1 && !raise(actions[0]))) {
    return 'it has scheduled actions other than raising the urgency when support hours start. Hint: keep managing this service in PagerDuty';
  }
  return {
    supportHours: { timeZone: hours.time_zone, days: [...(days as number[])].sort((a, b) => a - b), start, end },
    during, outside, ...(actions.length === 1 ? { raiseAtStart: true } : {}),
  };
}

