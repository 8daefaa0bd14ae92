// Which `@`-handles the desired state notifies, and whether each reaches something the organisation has. Resolution
// works on (handle, where) pairs, so any object that notifies someone (a monitor's message today, a notification
// rule's recipients tomorrow) plugs in by listing its pairs; the world says what exists (./world.ts).
import type { CompiledState } from '../compile/index.ts';
import { emailProblem, notificationHandles, parseHandle, uncheckedIntegration } from '../routing/handles.ts';
import { closest } from '../diagnostics/suggest.ts';
import type { Lookup, World } from './world.ts';

/** One handle as one definition uses it: the logical id of the definition, and the field (JSON pointer) it is in. */
export interface HandleUse {
  /** As written, with or without its `@` (notification rules list recipients without it). */
  handle: string;
  id: string;
  path: string;
}

/**
 * Every handle the desired state notifies: in a monitor's compiled message and its re-notification text, and each
 * recipient of a notification rule, at the routing table's destination that wrote it.
 */
export function handleUses(desired: CompiledState): HandleUse[] {
  const out: HandleUse[] = [];
  for (const m of desired.datadog.monitors) {
    for (const handle of notificationHandles(m.payload.message)) out.push({ handle, id: m.id, path: '/message' });
    const escalation = (m.payload.options as { escalation_message?: unknown } | undefined)?.escalation_message;
    for (const handle of notificationHandles(escalation)) out.push({ handle, id: m.id, path: '/options/escalationMessage' });
  }
  for (const r of desired.datadog.notificationRules) {
    for (const { handle, routing, pointer } of r.recipients) out.push({ handle, id: routing, path: pointer });
  }
  return out;
}

/**
 * The Slack accounts to read for these channel handles (what follows `@slack-`). Named accounts are all there is.
 * Without them, every prefix of a handle up to a dash may be an account (`@slack-<account>-<channel>`, and account
 * names may hold dashes too): each is asked for, and Datadog answers 404 for those that are not accounts.
 */
export function slackAccountsToRead(names: readonly string[], declared: readonly string[] | undefined): string[] {
  if (declared?.length) return [...declared];
  const accounts = new Set<string>();
  for (const name of names) {
    for (let i = name.indexOf('-'); i > 0; i = name.indexOf('-', i + 1)) accounts.add(name.slice(0, i));
  }
  return [...accounts].sort();
}

/** What the planner knows of the organisation besides the world: the managed PagerDuty services and Slack accounts. */
export interface HandleContext {
  /** Datadog PagerDuty service objects the plan itself manages (they resolve once applied). */
  managedPagerDutyServices: ReadonlySet<string>;
  /** The routing table's `slackAccounts`, first account first; empty when none are named. */
  slackAccounts: readonly string[];
}

/** A handle that reaches nothing: the words of the error, and a way out. */
export interface UnresolvedHandle extends HandleUse {
  kind: 'pagerduty' | 'slack' | 'webhook' | 'team' | 'email';
  message: string;
  /** The closest handle that does resolve, when one is close. */
  suggestion?: string;
}

/** A handle vigil did not check, and why; reported once per plan, never as an error. */
export interface UncheckedHandle extends HandleUse {
  reason: string;
}

export interface HandleResolution {
  unresolved: UnresolvedHandle[];
  unchecked: UncheckedHandle[];
  /** Integrations that could not be read at all, with why and the first handle that needed one (each once). */
  unreadable: Array<{ integration: string; why: string; use: HandleUse }>;
}

/** Resolves every use against the world. Pure: the world holds every answer Datadog gave. */
export function resolveHandles(uses: readonly HandleUse[], world: World, ctx: HandleContext): HandleResolution {
  const out: HandleResolution = { unresolved: [], unchecked: [], unreadable: [] };
  const pagerduty = new Set([...world.datadogPagerDutyServices, ...ctx.managedPagerDutyServices]);
  const slack = slackResolver(world, ctx.slackAccounts);
  const unreadable = new Set<string>();
  const cannotRead = (integration: string, why: string | undefined, use: HandleUse): boolean => {
    if (why === undefined) return false;
    if (!unreadable.has(integration)) out.unreadable.push({ integration, why, use });
    unreadable.add(integration);
    return true;
  };
  for (const use of uses) {
    const { kind, name } = parseHandle(use.handle);
    const handle = use.handle.startsWith('@') ? use.handle : `@${use.handle}`;
    /** Webhooks and teams: a name among those read, or an error with the closest one. */
    const lookUp = (read: Lookup | undefined, found: 'webhook' | 'team', integration: string, nowhere: string) => {
      if (!read || cannotRead(integration, read.unreadable, use) || read.found.includes(name)) return;
      const guess = closest(name, read.found);
      out.unresolved.push({ ...use, kind: found, message: `${handle} ${nowhere}`, ...withSuggestion(guess && `@${found}-${guess}`) });
    };
    switch (kind) {
      case 'everyone':
        break;
      case 'pagerduty':
        if (!pagerduty.has(name)) {
          out.unresolved.push({ ...use, kind, message: `${handle} matches no managed PagerDuty service and no Datadog PagerDuty service object` });
        }
        break;
      case 'slack': {
        if (!world.slackChannels) break; // nothing asked for: the handle did not need reading (hand-built worlds)
        if (cannotRead("Datadog's Slack integration", world.slackChannels.unreadable, use)) break;
        const verdict = slack(name);
        if (verdict.unchecked) out.unchecked.push({ ...use, reason: verdict.unchecked });
        else if (verdict.message) out.unresolved.push({ ...use, kind, message: `${handle} ${verdict.message}`, ...withSuggestion(verdict.suggestion) });
        break;
      }
      case 'webhook':
        lookUp(world.webhooks, 'webhook', "Datadog's Webhooks integration", 'names no webhook of Datadog\'s Webhooks integration');
        break;
      case 'team':
        lookUp(world.teams, 'team', 'Datadog Teams', "names no Datadog team (a team's handle)");
        break;
      case 'email': {
        const problem = emailProblem(name);
        if (problem) out.unresolved.push({ ...use, kind, message: `${handle} is not an email address: ${problem}` });
        break;
      }
      case 'other':
        out.unchecked.push({ ...use, reason: uncheckedIntegration(handle) ?? 'not an integration vigil knows' });
        break;
    }
  }
  return out;
}

function withSuggestion(suggestion: string | undefined): { suggestion?: string } {
  return suggestion ? { suggestion } : {};
}

interface SlackVerdict {
  /** Why the handle reaches no channel; undefined when it does (or when it was not checked). */
  message?: string;
  suggestion?: string;
  unchecked?: string;
}

/**
 * Datadog's Slack handles: `@slack-<account>-<channel>`, or `@slack-<channel>` for the first account (Datadog's
 * Slack integration page). Account and channel names both may hold dashes, so every split is tried.
 */
function slackResolver(world: World, declared: readonly string[]): (name: string) => SlackVerdict {
  const read = world.slackChannels;
  const accounts = read?.accounts ?? {};
  const first = declared[0];
  const channels = new Map(Object.entries(accounts).map(([account, list]) => [account, new Set(list.map((c) => c.replace(/^#/, '')))]));
  // What resolves, for "did you mean": the first account's channels in the short form, every channel in the long one.
  const known: string[] = [];
  for (const [account, set] of channels) {
    for (const channel of set) {
      known.push(`@slack-${account}-${channel}`);
      if (account === first) known.push(`@slack-${channel}`);
    }
  }
  return (name) => {
    const looked: string[] = [];
    for (let i = name.indexOf('-'); i > 0; i = name.indexOf('-', i + 1)) {
      const account = name.slice(0, i), channel = name.slice(i + 1);
      const set = channels.get(account);
      if (!set) continue;
      if (set.has(channel)) return {};
      looked.push(`#${channel} in account "${account}"`);
    }
    if (first !== undefined) {
      const set = channels.get(first);
      if (!set) return {}; // the named account itself is missing: reported once, at the routing table
      if (set.has(name)) return {};
      looked.push(`#${name} in account "${first}" (the first account, which @slack-<channel> posts through)`);
    } else if (looked.length === 0) {
      return { unchecked: 'no Slack account is named, and Datadog cannot list them: name them in the routing table (slackAccounts)' };
    }
    const guess = closest(`@slack-${name}`, known);
    return { message: `names no channel of Datadog's Slack integration: there is no ${looked.join(', and no ')}`, ...(guess ? { suggestion: guess } : {}) };
  };
}
