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
