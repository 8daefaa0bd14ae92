// Where each provider's requests go, which setting chose it, and how long a request may take: what every network
// message names, what `plan` and `apply` print in their header, and what the mixed-target check compares.
import { ConfigError } from './errors.ts';

export type Provider = 'Datadog' | 'PagerDuty';

export interface Endpoint {
  provider: Provider;
  /** Base URL without a trailing slash; never carries a key. */
  base: string;
  /** How the base was chosen, as the user would read it: `VIGIL_DATADOG_URL`, `DD_SITE=datadoghq.eu`, … */
  chosenBy: string;
  /** What to change when the base cannot be reached: one sentence naming the environment variable. */
  urlFix: string;
  /** What to check when the keys are refused. */
  keysFix: string;
  /** The key that decides whether vigil may write. */
  writeKey: 'DD_APP_KEY' | 'PAGERDUTY_TOKEN';
  /** What to do when that key may read but not write. */
  writeFix: string;
  /** Per-request timeout, in milliseconds. */
  timeoutMs: number;
}

/** Default per-request timeout: 30 s. `VIGIL_HTTP_TIMEOUT_MS` changes it for both providers. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export function httpTimeoutMs(env: { VIGIL_HTTP_TIMEOUT_MS?: string | undefined }): number {
  const raw = env.VIGIL_HTTP_TIMEOUT_MS;
  if (raw === undefined || raw === '') return DEFAULT_TIMEOUT_MS;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new ConfigError(`VIGIL_HTTP_TIMEOUT_MS must be a positive number of milliseconds (got "${raw}"); unset it for the default of ${DEFAULT_TIMEOUT_MS / 1000} s.`);
  }
  return ms;
}

export interface DatadogEndpointEnv {
  DD_SITE?: string | undefined;
  VIGIL_DATADOG_URL?: string | undefined;
  VIGIL_HTTP_TIMEOUT_MS?: string | undefined;
}

const SITES = 'datadoghq.com, datadoghq.eu, us3.datadoghq.com, us5.datadoghq.com, ap1.datadoghq.com';

export function datadogEndpoint(env: DatadogEndpointEnv, timeoutMs = httpTimeoutMs(env)): Endpoint {
  const site = env.DD_SITE || 'datadoghq.com';
  if (!env.VIGIL_DATADOG_URL && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(site)) {
    throw new ConfigError(`DD_SITE must be a Datadog site alone, such as datadoghq.eu (got "${site}"): no scheme, no "api." or "app.", no path. `
      + `Sites: ${SITES}.`);
  }
  if (!env.VIGIL_DATADOG_URL && /^(api|app)\./i.test(site)) {
    throw new ConfigError(`DD_SITE must be the Datadog site without "${site.split('.')[0]}." (got "${site}"; set DD_SITE=${site.replace(/^(api|app)\./i, '')}).`);
  }
  const common = {
    provider: 'Datadog' as const, writeKey: 'DD_APP_KEY' as const, timeoutMs,
    writeFix: 'Use an application key whose user and scopes may write monitors and SLOs (monitors_write, slos_write; '
      + 'PagerDuty service objects also need manage_integrations). A read-only key is enough for "vigil plan" only.',
  };
  if (env.VIGIL_DATADOG_URL) {
    checkUrl('VIGIL_DATADOG_URL', env.VIGIL_DATADOG_URL, 'http://127.0.0.1:4000');
    return {
      ...common, base: trim(env.VIGIL_DATADOG_URL), chosenBy: 'VIGIL_DATADOG_URL',
      urlFix: 'Check VIGIL_DATADOG_URL: is the sandbox running there ("vigil sandbox --port N" prints its URL)? Unset it to reach Datadog at DD_SITE.',
      keysFix: 'Check DD_API_KEY and DD_APP_KEY: the server at VIGIL_DATADOG_URL does not accept them.',
    };
  }
  return {
    ...common, base: `https://api.${site}`, chosenBy: env.DD_SITE ? `DD_SITE=${site}` : 'DD_SITE unset, so datadoghq.com',
    urlFix: env.DD_SITE
      ? `Check DD_SITE ("${site}"): it must be your Datadog site, e.g. ${SITES}.`
      : `DD_SITE is not set, so vigil uses datadoghq.com: set DD_SITE to your Datadog site (e.g. datadoghq.eu), or VIGIL_DATADOG_URL to use the sandbox.`,
    keysFix: `Check DD_API_KEY and DD_APP_KEY: both must belong to the Datadog organisation on ${site} (keys work on their own site only; DD_SITE chooses it).`,
  };
}

export interface PagerDutyEndpointEnv {
  VIGIL_PAGERDUTY_URL?: string | undefined;
  VIGIL_HTTP_TIMEOUT_MS?: string | undefined;
}

export function pagerDutyEndpoint(env: PagerDutyEndpointEnv, timeoutMs = httpTimeoutMs(env)): Endpoint {
  const common = {
    provider: 'PagerDuty' as const, writeKey: 'PAGERDUTY_TOKEN' as const, timeoutMs,
    writeFix: 'Use a full-access PagerDuty REST API key; a read-only key is enough for "vigil plan" only.',
  };
  if (env.VIGIL_PAGERDUTY_URL) {
    checkUrl('VIGIL_PAGERDUTY_URL', env.VIGIL_PAGERDUTY_URL, 'http://127.0.0.1:4000/api.pagerduty.com');
    return {
      ...common, base: trim(env.VIGIL_PAGERDUTY_URL), chosenBy: 'VIGIL_PAGERDUTY_URL',
      urlFix: 'Check VIGIL_PAGERDUTY_URL: is the sandbox running there (it prints its PagerDuty URL)? Unset it to reach api.pagerduty.com.',
      keysFix: 'Check PAGERDUTY_TOKEN: the server at VIGIL_PAGERDUTY_URL does not accept it.',
    };
  }
  return {
    ...common, base: 'https://api.pagerduty.com', chosenBy: 'default',
    urlFix: 'Check the network path to api.pagerduty.com (proxy, firewall), or set VIGIL_PAGERDUTY_URL to use the sandbox.',
    keysFix: 'Check PAGERDUTY_TOKEN: it must be a PagerDuty REST API key of your account (not an integration or Events key).',
  };
}

/** Datadog's and PagerDuty's own API hosts; anything else (the sandbox, a proxy) is not the real service. */
export function isRealService(e: Pick<Endpoint, 'provider' | 'base'>): boolean {
  const host = hostOf(e.base);
  if (e.provider === 'Datadog') return /(^|\.)(datadoghq\.com|datadoghq\.eu|ddog-gov\.com)$/.test(host);
  return /(^|\.)pagerduty\.com$/.test(host);
}

/** One target for the header: `Datadog https://api.datadoghq.eu (DD_SITE=datadoghq.eu)`. */
export function describeTarget(e: Endpoint): string {
  const kind = isRealService(e) ? '' : ', not the real service';
  return `${e.provider} ${e.base} (${e.chosenBy}${kind})`;
}

/** The header line of `plan` and `apply`: where each provider's requests go. */
export function targetsLine(datadog: Endpoint, pagerduty: Endpoint | undefined): string {
  return `Targets: ${describeTarget(datadog)}; ${pagerduty ? describeTarget(pagerduty) : 'PagerDuty not used'}.`;
}

/** The environment variable that lets plan and apply use one real service and one sandbox or proxy. */
export const ALLOW_MIXED = 'VIGIL_ALLOW_MIXED_TARGETS';

/**
 * Refuses Datadog and PagerDuty pointed at different worlds (one real service, the other a sandbox or proxy): a plan
 * that reads one and writes the other would create or delete against the wrong account. `VIGIL_ALLOW_MIXED_TARGETS=1`
 * allows it.
 */
export function checkTargetsAgree(datadog: Endpoint, pagerduty: Endpoint, env: Record<string, string | undefined> = process.env): void {
  if (isRealService(datadog) === isRealService(pagerduty) || env[ALLOW_MIXED] === '1') return;
  const [real, other] = isRealService(datadog) ? [datadog, pagerduty] : [pagerduty, datadog];
  throw new ConfigError(`${real.provider} is the real service (${real.base}) but ${other.provider} is not (${other.base}, from ${other.chosenBy}). `
    + `Point both at the sandbox or both at the real services (${other.provider === 'Datadog' ? 'VIGIL_DATADOG_URL' : 'VIGIL_PAGERDUTY_URL'}), `
    + `or set ${ALLOW_MIXED}=1 if this mix is what you mean.`);
}

export function hostOf(base: string): string {
  try {
    return new URL(base).hostname.toLowerCase();
  } catch {
    return base;
  }
}

/** A URL as messages show it: no query string (it may be long, and nothing after the path is needed to find it). */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.replace(/\?.*$/, '');
  }
}

/** An http(s) URL, or a ConfigError saying which variable is wrong and what it should look like. */
function checkUrl(name: string, value: string, example: string): void {
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    ok = false;
  }
  if (!ok) throw new ConfigError(`${name} must be an http:// or https:// URL, such as ${example} (got "${value}"); unset it to use the real service.`);
}

function trim(url: string): string {
  return url.replace(/\/+$/, '');
}
