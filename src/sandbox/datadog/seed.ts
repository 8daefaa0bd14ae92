// What a fresh sandbox's Datadog organisation has besides what vigil creates: the Slack channels, the webhook and the
// teams the example organisation's handles name (monitors/routing.ts sends each team's alerts to #<team>-alerts and
// #<team>-alerts-low, sev1 also to #incidents and the incident bridge webhook), and the channels of the repository
// `vigil init` writes (team "shop"). Invented names, like PagerDuty's seed.
import type { DatadogStore } from './store.ts';

/** The Slack integration's one account, as monitors/routing.ts names it in `slackAccounts`. */
export const SEED_SLACK_ACCOUNT = 'example';
const TEAMS = [
  { handle: 'discovery', name: 'Discovery' },
  { handle: 'fulfillment', name: 'Fulfillment' },
  { handle: 'payments', name: 'Payments' },
  { handle: 'platform', name: 'Platform' },
  { handle: 'shop', name: 'Shop' },
];
const CHANNELS = ['incidents', 'alerts-unrouted', ...TEAMS.flatMap((t) => [`${t.handle}-alerts`, `${t.handle}-alerts-low`])];
/** Fixed so seeded data is byte-identical on every run. */
const SEEDED_AT = '2024-01-01T09:00:00.000000+00:00';

/** Fills a fresh store with the seeded integrations and teams. */
export function seedIntegrations(store: DatadogStore): void {
  const display = { message: true, notified: true, snapshot: true, tags: true, mute_buttons: true };
  store.slackAccounts.set(SEED_SLACK_ACCOUNT, CHANNELS.map((c) => ({ name: `#${c}`, display: { ...display } })).sort((a, b) => (a.name < b.name ? -1 : 1)));
  store.webhooks.set('incident-bridge', {
    name: 'incident-bridge',
    url: 'https://hooks.example.com/incident-bridge',
    payload: '{"title": "$EVENT_TITLE", "body": "$EVENT_MSG", "link": "$LINK"}',
    custom_headers: null,
    encode_as: 'json',
  });
  for (const team of TEAMS) {
    const id = store.nextTeamId();
    store.teams.set(id, {
      id,
      attributes: {
        avatar: null, banner: 1, created_at: SEEDED_AT, description: null, handle: team.handle, hidden_modules: null,
        is_managed: false, link_count: 0, modified_at: SEEDED_AT, name: team.name, summary: null, user_count: 0, visible_modules: null,
      },
    });
  }
}
