// Which service each provider's requests go to, what the header says, and the refusal of mixed targets.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/providers/errors.ts';
import {
  checkTargetsAgree, datadogEndpoint, httpTimeoutMs, isRealService, pagerDutyEndpoint, targetsLine,
} from '../../src/providers/endpoint.ts';

describe('endpoints', () => {
  it('tell the real services from the sandbox and proxies', () => {
    for (const site of ['datadoghq.com', 'datadoghq.eu', 'us3.datadoghq.com', 'us5.datadoghq.com', 'ap1.datadoghq.com', 'ddog-gov.com']) {
      expect(isRealService(datadogEndpoint({ DD_SITE: site }))).toBe(true);
    }
    expect(isRealService(datadogEndpoint({ VIGIL_DATADOG_URL: 'http://127.0.0.1:4000' }))).toBe(false);
    expect(isRealService(datadogEndpoint({ VIGIL_DATADOG_URL: 'https://datadoghq.com.example.net' }))).toBe(false);
    expect(isRealService(pagerDutyEndpoint({}))).toBe(true);
    expect(isRealService(pagerDutyEndpoint({ VIGIL_PAGERDUTY_URL: 'http://127.0.0.1:4000/api.pagerduty.com' }))).toBe(false);
  });

  it('name both targets and the setting that chose each in the header', () => {
    expect(targetsLine(datadogEndpoint({ DD_SITE: 'datadoghq.eu' }), pagerDutyEndpoint({}))).toBe(
      'Targets: Datadog https://api.datadoghq.eu (DD_SITE=datadoghq.eu); PagerDuty https://api.pagerduty.com (default).');
    expect(targetsLine(datadogEndpoint({}), undefined)).toBe('Targets: Datadog https://api.datadoghq.com (DD_SITE unset, so datadoghq.com); PagerDuty not used.');
  });

  it('refuse one real service with the other not, both ways, unless VIGIL_ALLOW_MIXED_TARGETS=1', () => {
    const sandboxDd = datadogEndpoint({ VIGIL_DATADOG_URL: 'http://127.0.0.1:4000' });
    const sandboxPd = pagerDutyEndpoint({ VIGIL_PAGERDUTY_URL: 'http://127.0.0.1:4000/api.pagerduty.com' });
    const realDd = datadogEndpoint({ DD_SITE: 'datadoghq.eu' });
    const realPd = pagerDutyEndpoint({});
    expect(() => checkTargetsAgree(sandboxDd, sandboxPd, {})).not.toThrow();
    expect(() => checkTargetsAgree(realDd, realPd, {})).not.toThrow();
    expect(() => checkTargetsAgree(realDd, sandboxPd, {})).toThrow(new ConfigError(
      'Datadog is the real service (https://api.datadoghq.eu) but PagerDuty is not (http://127.0.0.1:4000/api.pagerduty.com, from VIGIL_PAGERDUTY_URL). '
      + 'Point both at the sandbox or both at the real services (VIGIL_PAGERDUTY_URL), or set VIGIL_ALLOW_MIXED_TARGETS=1 if this mix is what you mean.'));
    expect(() => checkTargetsAgree(sandboxDd, realPd, {})).toThrow(/PagerDuty is the real service/);
    expect(() => checkTargetsAgree(realDd, sandboxPd, { VIGIL_ALLOW_MIXED_TARGETS: '1' })).not.toThrow();
  });

  it('refuse settings that cannot be right, saying what they should look like', () => {
    expect(() => datadogEndpoint({ DD_SITE: 'https://app.datadoghq.eu' })).toThrow('DD_SITE must be a Datadog site alone, such as datadoghq.eu (got "https://app.datadoghq.eu")');
    expect(() => datadogEndpoint({ DD_SITE: 'api.datadoghq.eu' })).toThrow('set DD_SITE=datadoghq.eu');
    expect(() => datadogEndpoint({ VIGIL_DATADOG_URL: '127.0.0.1:4000' })).toThrow('VIGIL_DATADOG_URL must be an http:// or https:// URL, such as http://127.0.0.1:4000 (got "127.0.0.1:4000")');
    expect(() => pagerDutyEndpoint({ VIGIL_PAGERDUTY_URL: 'sandbox' })).toThrow('VIGIL_PAGERDUTY_URL must be an http:// or https:// URL');
    expect(() => httpTimeoutMs({ VIGIL_HTTP_TIMEOUT_MS: '30s' })).toThrow('VIGIL_HTTP_TIMEOUT_MS must be a positive number of milliseconds (got "30s")');
    expect(httpTimeoutMs({})).toBe(30_000);
    expect(httpTimeoutMs({ VIGIL_HTTP_TIMEOUT_MS: '1500' })).toBe(1500);
  });
});
