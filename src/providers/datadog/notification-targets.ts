// What `@slack-`, `@webhook-` and `@team-` handles can reach: the channels of Datadog's Slack integration, its
// webhooks and its teams, read only for the kinds a plan's handles use. A read Datadog refuses with 403 (the
// application key lacks the permission) is not a failed plan: the world records why, and the plan says which handles
// it could not check. A 404 is an answer: no such account or webhook.
import type { Lookup, SlackChannels } from '../../plan/world.ts';
import { eachAtOnce } from '../at-once.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { listTeamsJson, slackChannelsJson, webhookJson } from './json-reads.ts';

/** Lookups in flight at once; the client's rate limiter paces them further. */
const LOOKUPS_AT_ONCE = 8;
/** Datadog's largest page of teams. */
const TEAM_PAGE_SIZE = 100;

/** The channels of each account asked for, one GET per account (Datadog has no list of accounts). */
export async function readSlackChannels(dd: DatadogClient, accounts: readonly string[]): Promise<SlackChannels> {
  const out: SlackChannels = { accounts: {}, missing: [] };
  try {
    await eachAtOnce([...new Set(accounts)].sort(), LOOKUPS_AT_ONCE, async (account) => {
      try {
        const channels = await slackChannelsJson(dd, account);
        out.accounts[account] = channels.map((c) => String(c.name ?? '').replace(/^#/, '')).filter(Boolean).sort();
      } catch (err) {
        if (!(err instanceof ProviderError && err.status === 404)) throw err;
        out.missing.push(account);
      }
    });
  } catch (err) {
    const why = refused(err, 'integrations_read');
    if (why === undefined) throw err;
    return { accounts: {}, missing: [], unreadable: why };
  }
  out.missing.sort();
  return out;
}

/** Which of these webhooks exist, one GET per name (Datadog has no list of webhooks). */
export async function readWebhooks(dd: DatadogClient, names: readonly string[]): Promise<Lookup> {
  const found: string[] = [];
  try {
    await eachAtOnce([...new Set(names)].sort(), LOOKUPS_AT_ONCE, async (name) => {
      try {
        await webhookJson(dd, name);
        found.push(name);
      } catch (err) {
        if (!(err instanceof ProviderError && err.status === 404)) throw err;
      }
    });
  } catch (err) {
    const why = refused(err, 'integrations_read');
    if (why === undefined) throw err;
    return { found: [], unreadable: why };
  }
  return { found: found.sort() };
}

/** Every team's handle, in pages of 100. */
export async function readTeams(dd: DatadogClient): Promise<Lookup> {
  const found: string[] = [];
  try {
    for (let page = 0; ; page++) {
      const batch = await listTeamsJson(dd, page, TEAM_PAGE_SIZE);
      for (const team of batch) {
        const handle = (team.attributes as { handle?: unknown } | undefined)?.handle;
        if (typeof handle === 'string' && handle !== '') found.push(handle);
      }
      // The answer's `links.next` is set even on the last page (recorded), so a short page is the end.
      if (batch.length < TEAM_PAGE_SIZE) break;
    }
  } catch (err) {
    const why = refused(err, 'teams_read');
    if (why === undefined) throw err;
    return { found: [], unreadable: why };
  }
  return { found: [...new Set(found)].sort() };
}

/** For a read refused with 403, what to tell the user; undefined for any other failure (which stops the plan). */
function refused(err: unknown, permission: string): string | undefined {
  if (!(err instanceof ProviderError) || err.status !== 403) return undefined;
  return `${err.request ?? 'the read'} answered HTTP 403: the application key (DD_APP_KEY) needs Datadog's "${permission}" permission`;
}
