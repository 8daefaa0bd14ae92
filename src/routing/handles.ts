import type { Destination } from '../ir/routing.ts';

/** The Datadog notification handle for a destination. */
export function handleOf(d: Destination): string {
  switch (d.type) {
    case 'pagerduty': return `@pagerduty-${d.service}`;
    case 'slack': return `@slack-${d.channel.replace(/^#/, '')}`;
    case 'email': return `@${d.address}`;
    case 'webhook': return `@webhook-${d.name}`;
  }
}

/**
 * The notification block appended to a monitor's message. Pagers get alerts and no-data, and the recovery too so
 * PagerDuty resolves the incident; they never get warnings. Chat, email and webhooks get every state change.
 */
export function notificationBlock(destinations: readonly Destination[]): string {
  const pagers = destinations.filter((d) => d.type === 'pagerduty').map(handleOf);
  const others = destinations.filter((d) => d.type !== 'pagerduty').map(handleOf);
  if (pagers.length === 0 && others.length === 0) return '';
  const block = (tag: string, handles: string[]) => (handles.length ? `{{#${tag}}}${handles.join(' ')}{{/${tag}}}` : '');
  return [
    block('is_alert', [...pagers, ...others]),
    block('is_warning', others),
    block('is_no_data', [...pagers, ...others]),
    block('is_recovery', [...pagers, ...others]),
  ].filter(Boolean).join('\n');
}

// A notification handle in a Datadog message: `@slack-x`, `@pagerduty-x`, `@user@example.com`, `@webhook-x`, at the
// start of the text or after a space or a template tag, not inside an e-mail address written in prose.
const HANDLE = /(?:^|[\s}>(\[,;])(@[A-Za-z0-9_][\w.@+-]*)/g;

/** The handles a message notifies, sorted and without duplicates (sentence punctuation after one is not part of it). */
export function notificationHandles(message: unknown): string[] {
  if (typeof message !== 'string' || !message.includes('@')) return [];
  const found = [...message.matchAll(HANDLE)].map((m) => m[1]!.replace(/[.,;:]+$/, ''));
  return [...new Set(found)].sort();
}

/**
 * What a handle notifies, by its prefix. `pagerduty`, `slack`, `webhook` and `team` handles name something Datadog
 * can be asked about; `email` is checked by its form; `everyone` is Datadog's `@all`; `other` is an integration vigil
 * cannot look up (Opsgenie, On-Call, Microsoft Teams…) or does not know.
 */
export type HandleKind = 'pagerduty' | 'slack' | 'webhook' | 'team' | 'email' | 'everyone' | 'other';

export interface ParsedHandle {
  kind: HandleKind;
  /** What follows the prefix: the service, channel, webhook or team handle; the address of an email. */
  name: string;
}

const CHECKED_PREFIXES: ReadonlyArray<[string, HandleKind]> = [
  ['pagerduty-', 'pagerduty'], ['slack-', 'slack'], ['webhook-', 'webhook'], ['team-', 'team'],
];

/**
 * Integrations whose handles Datadog accepts but vigil cannot check, with why: what a reviewer reads when a plan
 * says it did not check them.
 */
export const UNCHECKED_INTEGRATIONS: Readonly<Record<string, string>> = {
  'opsgenie-': 'Opsgenie services, which vigil does not read',
  'oncall-': 'Datadog On-Call teams, which vigil does not read',
  'teams-': 'Microsoft Teams channels, which vigil does not read',
  'victorops-': 'Splunk On-Call (VictorOps) routes, which vigil does not read',
  'jira-': 'Jira projects, which vigil does not read',
  'servicenow-': 'ServiceNow instances, which vigil does not read',
  'workflow-': 'Datadog workflows, which vigil does not read',
  'case-': 'Datadog Case Management projects, which vigil does not read',
};

/** A handle with or without its `@` (monitor notification rules list recipients without it). */
export function parseHandle(handle: string): ParsedHandle {
  const text = handle.startsWith('@') ? handle.slice(1) : handle;
  if (text === 'all') return { kind: 'everyone', name: text };
  for (const [prefix, kind] of CHECKED_PREFIXES) {
    if (text.startsWith(prefix)) return { kind, name: text.slice(prefix.length) };
  }
  if (text.includes('@')) return { kind: 'email', name: text };
  return { kind: 'other', name: text };
}

/** For a handle vigil cannot check: the integration's words, or undefined when vigil does not know the prefix. */
export function uncheckedIntegration(handle: string): string | undefined {
  const text = handle.startsWith('@') ? handle.slice(1) : handle;
  const prefix = Object.keys(UNCHECKED_INTEGRATIONS).find((p) => text.startsWith(p));
  return prefix ? UNCHECKED_INTEGRATIONS[prefix] : undefined;
}

// The form of an address Datadog can mail: a local part without spaces or a second `@`, and a domain of dot-separated
// labels (letters, digits, hyphens, not at a label's ends) ending in a top-level name of two letters or more.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** Why `address` is not an email address Datadog can notify, or undefined when its form is right. */
export function emailProblem(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0) return 'it has nothing before the "@"';
  if (address.indexOf('@') !== at) return 'it has more than one "@"';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (!LOCAL.test(local)) return `"${local}" is not a valid name before the "@" (no spaces, no dot at either end or twice in a row)`;
  const labels = domain.split('.');
  if (labels.length < 2) return `the domain "${domain}" has no dot (e.g. example.com)`;
  if (!labels.every((l) => LABEL.test(l))) return `the domain "${domain}" is not a host name (letters, digits and hyphens between dots)`;
  if (!/^[A-Za-z]{2,}$/.test(labels[labels.length - 1]!)) return `the domain "${domain}" does not end in a top-level domain such as .com`;
  return undefined;
}
