// Monitor notification rules vigil does not own → `notificationRule()` definitions carrying `adopt: { datadogId }`.
// A rule is written only when its definition compiles back to what Datadog holds, so that adopting it changes nothing
// but vigil's marker in its name; otherwise it is skipped with the reason.
import { compileWrittenRule } from '../compile/datadog/notification-rule.ts';
import { notificationRule } from '../dsl/notification-rule/index.ts';
import { diffLive } from '../plan/diff-live.ts';
import { check } from '../pipeline/check.ts';
import { logicalIdFor } from './names.ts';
import { isObject } from './options.ts';

type Json = Record<string, unknown>;

/** Imported rules go to one file: they route across teams. */
export const NOTIFICATION_RULES_FILE = 'notification-rules.ts';

export interface RuleDraft {
  datadogId: string;
  id: string;
  file: string;
  /** The props of the `notificationRule` call, in print order. */
  props: Json;
  notes: string[];
}

/** Drafts every rule (a resource as the list answers it), sorted by Datadog id; `taken` holds the logical ids in use. */
export function importNotificationRules(remotes: readonly Json[], taken: Set<string>): { drafts: RuleDraft[]; problems: string[] } {
  const drafts: RuleDraft[] = [];
  const problems: string[] = [];
  for (const remote of [...remotes].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))) {
    const a = isObject(remote.attributes) ? remote.attributes : {};
    const datadogId = String(remote.id);
    const name = typeof a.name === 'string' ? a.name : '';
    const id = logicalIdFor(name, datadogId, taken, 'notification-rule');
    const draft = draftRule(remote, a, id, datadogId);
    if (typeof draft === 'string') {
      taken.delete(id);
      problems.push(`Datadog notification rule ${datadogId} "${name}": skipped: ${draft}`);
    } else drafts.push(draft);
  }
  return { drafts, problems };
}

function draftRule(remote: Json, a: Json, id: string, datadogId: string): RuleDraft | string {
  // PATCH replaces a rule's definition: a setting vigil does not send would be lost on adoption.
  if (a.bundle_config !== undefined && a.bundle_config !== null) return 'it bundles alerts ("bundle_config", a preview feature vigil does not manage)';
  const filter = isObject(a.filter) ? a.filter : undefined;
  const props: Json = { id, name: String(a.name ?? '').trim() };
  if (filter && Array.isArray(filter.tags)) props.filter = { tags: filter.tags.map(String) };
  else if (filter && typeof filter.scope === 'string') props.filter = { scope: filter.scope };
  else return 'it has no filter (it applies to every monitor)';
  const at = (handles: unknown) => (Array.isArray(handles) ? handles.map((h) => `@${String(h)}`) : []);
  if (Array.isArray(a.recipients)) props.recipients = at(a.recipients);
  else if (isObject(a.conditional_recipients)) {
    const c = a.conditional_recipients;
    const conditions = Array.isArray(c.conditions) ? c.conditions.filter(isObject).map((x) => ({ scope: String(x.scope ?? ''), recipients: at(x.recipients) })) : [];
    props.conditionalRecipients = { conditions, ...(Array.isArray(c.fallback_recipients) ? { fallbackRecipients: at(c.fallback_recipients) } : {}) };
  } else return 'it notifies nobody';
  props.adopt = { datadogId };
  const def = notificationRule(props as never);
  const errors = check([def]).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return `vigil rejects it: ${errors[0]!.message}`;
  // Adoption may change the name alone, which gains vigil's marker.
  const fields = diffLive('datadog.notification-rule', compileWrittenRule(def).payload as unknown as Json, remote).filter((f) => f.path !== 'name');
  if (fields.length) return `adoption would change ${fields.map((f) => f.path).join(', ')}`;
  return { datadogId, id, file: NOTIFICATION_RULES_FILE, props, notes: [] };
}
