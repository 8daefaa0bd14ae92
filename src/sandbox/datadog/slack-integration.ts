// Datadog's Slack integration channels: `@slack-<account>-<channel>` (or `@slack-<channel>` for the first account)
// posts to a channel configured here. No real recordings exist (the v1 endpoints are marked deprecated and the
// upstream scenarios are not recorded), so this follows the official client's spec: channels are `{name, display}`
// with `#` in the name; create, get, list and update answer 200, delete 204; 404 for an account or channel that does
// not exist. Error wordings are invented in Datadog's `{"errors": […]}` shape.
import { ddError, invalidParameter, noContent, ok } from './errors.ts';
import { isObject, type JsonObject } from './model.ts';
import type { Ctx, Route } from './router.ts';

const ACCOUNT = '^/api/v1/integration/slack/configuration/accounts/([^/]+)/channels';

/** A channel as the API answers it. */
export interface SlackChannelRecord {
  name: string;
  display: { message: boolean; notified: boolean; snapshot: boolean; tags: boolean; mute_buttons: boolean };
}

export const slackIntegrationRoutes: Route[] = [
  { method: 'GET', path: new RegExp(`${ACCOUNT}$`), handler: list, permission: 'integrations_read' },
  { method: 'POST', path: new RegExp(`${ACCOUNT}$`), handler: create, write: true, permission: 'integrations_manage' },
  { method: 'GET', path: new RegExp(`${ACCOUNT}/([^/]+)$`), handler: get, permission: 'integrations_read' },
  { method: 'PATCH', path: new RegExp(`${ACCOUNT}/([^/]+)$`), handler: update, write: true, permission: 'integrations_manage' },
  { method: 'DELETE', path: new RegExp(`${ACCOUNT}/([^/]+)$`), handler: remove, write: true, permission: 'integrations_manage' },
];

const noAccount = (account: string) => ddError(404, `Slack account ${account} not found`);
const noChannel = (channel: string) => ddError(404, `Channel ${channel} not found`);

/** Channel names are stored with their `#`; a path or body may give them with or without it. */
function channelName(raw: string): string {
  return raw.startsWith('#') ? raw : `#${raw}`;
}

function list(ctx: Ctx) {
  const channels = ctx.store.slackAccounts.get(ctx.params[0] ?? '');
  return channels ? ok(channels) : noAccount(ctx.params[0] ?? '');
}

function get(ctx: Ctx) {
  const [account = '', channel = ''] = ctx.params;
  const channels = ctx.store.slackAccounts.get(account);
  if (!channels) return noAccount(account);
  const found = channels.find((c) => c.name === channelName(channel));
  return found ? ok(found) : noChannel(channel);
}

function create(ctx: Ctx) {
  const account = ctx.params[0] ?? '';
  const channels = ctx.store.slackAccounts.get(account);
  if (!channels) return noAccount(account);
  const body = ctx.req.body;
  if (!isObject(body) || typeof body.name !== 'string' || body.name.replace(/^#/, '').trim() === '') return ddError(400, invalidParameter('name'));
  const name = channelName(body.name);
  if (channels.some((c) => c.name === name)) return ddError(400, `Channel ${name} already exists`);
  const record: SlackChannelRecord = { name, display: display(body.display, undefined) };
  channels.push(record);
  channels.sort((a, b) => (a.name < b.name ? -1 : 1));
  return ok(record);
}

function update(ctx: Ctx) {
  const [account = '', channel = ''] = ctx.params;
  const channels = ctx.store.slackAccounts.get(account);
  if (!channels) return noAccount(account);
  const record = channels.find((c) => c.name === channelName(channel));
  if (!record) return noChannel(channel);
  const body = isObject(ctx.req.body) ? ctx.req.body : {};
  if (typeof body.name === 'string' && body.name.trim() !== '') record.name = channelName(body.name);
  record.display = display(body.display, record.display);
  return ok(record);
}

function remove(ctx: Ctx) {
  const [account = '', channel = ''] = ctx.params;
  const channels = ctx.store.slackAccounts.get(account);
  if (!channels) return noAccount(account);
  const at = channels.findIndex((c) => c.name === channelName(channel));
  if (at < 0) return noChannel(channel);
  channels.splice(at, 1);
  return noContent();
}

/** The display options sent, over the current ones (or the spec's defaults, all shown, for a new channel). */
function display(sent: unknown, current: SlackChannelRecord['display'] | undefined): SlackChannelRecord['display'] {
  const base = current ?? { message: true, notified: true, snapshot: true, tags: true, mute_buttons: true };
  const given: JsonObject = isObject(sent) ? sent : {};
  const pick = (key: keyof typeof base) => (typeof given[key] === 'boolean' ? (given[key] as boolean) : base[key]);
  return { message: pick('message'), notified: pick('notified'), snapshot: pick('snapshot'), tags: pick('tags'), mute_buttons: pick('mute_buttons') };
}
