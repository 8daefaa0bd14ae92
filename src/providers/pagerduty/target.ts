import type { ApplyTarget } from '../../plan/remote.ts';
import type { RemoteObject } from '../../plan/remote.ts';
import { datadogIntegrations } from '../../plan/pagerduty-canonical.ts';
import type { Change } from '../../plan/types.ts';
import type { DatadogClient } from '../datadog/client.ts';
import { deletePagerDutyService, upsertPagerDutyService } from '../datadog/pagerduty-services.ts';
import { ProviderError } from '../errors.ts';
import type { PagerDutyClient } from './client.ts';
import { pdCall } from './client.ts';
import {
  createDatadogIntegration, createPagerDutyObject, deletePagerDutyObject, findPagerDutyObjects,
  integrationKey, updatePagerDutyObject, type PagerDutyKind, type RemotePagerDuty,
} from './objects.ts';

type Json = Record<string, unknown>;

/**
 * Apply's view of PagerDuty (through pdjs) and of Datadog's PagerDuty service objects. Symbolic references in
 * payloads are resolved here, at the last moment, against ids created earlier in the same apply.
 */
export function pagerDutyTarget(pd: PagerDutyClient, dd: DatadogClient, directory: Pick<RemotePagerDuty, 'users' | 'schedules'>): ApplyTarget {
  const resolve = (value: unknown, ids: Readonly<Record<string, string | number>>): unknown => {
    if (typeof value === 'string') {
      return value.replace(/\$\{(user|schedule):([^}]+)\}|\$\{([^}]+)\}/g, (whole, kind?: string, name?: string, logical?: string) => {
        const id = kind === 'user' ? directory.users[name!.toLowerCase()] : kind === 'schedule' ? directory.schedules[name!] : ids[logical!];
        if (id === undefined) throw new ProviderError(`cannot resolve ${whole}: it does not exist in PagerDuty`, undefined, false);
        return String(id);
      });
    }
    if (Array.isArray(value)) return value.map((v) => resolve(v, ids));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, ids)]));
    return value;
  };
  const serviceOf = (change: Change) => change.id.replace(/\.datadog-(integration|service)$/, '');

  return {
    async create(change, payload, ids) {
      if (change.kind === 'pagerduty.integration') {
        const body = resolve(payload, ids) as Json;
        const serviceId = String(((body.integration as Json).service as Json).id);
        const created = await createDatadogIntegration(pd, serviceId, body);
        return { ...created, logicalId: change.id };
      }
      if (change.kind === 'datadog.pagerduty-service') {
        const serviceId = String(ids[serviceOf(change)]);
        const integrationId = String(ids[`${serviceOf(change)}.datadog-integration`]);
        const key = await integrationKey(pd, serviceId, integrationId);
        await upsertPagerDutyService(dd, String(payload.service_name), key);
        return { logicalId: change.id, remoteId: String(payload.service_name), version: '', body: { service_name: payload.service_name } };
      }
      return createPagerDutyObject(pd, change.kind as PagerDutyKind, resolve(payload, ids) as Json);
    },
    async update(change, payload, ids) {
      if (change.kind === 'pagerduty.integration' || change.kind === 'datadog.pagerduty-service') {
        // Nothing to change on these; an adopted one only needs recording.
        return { logicalId: change.id, remoteId: String(change.remoteId), version: '', body: {} };
      }
      return updatePagerDutyObject(pd, change.kind as PagerDutyKind, String(change.remoteId), resolve(payload, ids) as Json);
    },
    async delete(change) {
      if (change.kind === 'datadog.pagerduty-service') return deletePagerDutyService(dd, String(change.remoteId));
      return deletePagerDutyObject(pd, change.kind as PagerDutyKind, String(change.remoteId));
    },
    async find(change, ids): Promise<RemoteObject[]> {
      if (change.kind === 'pagerduty.integration') {
        const serviceId = ids[serviceOf(change)];
        if (serviceId === undefined) return [];
        const res = await pdCall(pd, 'get', `/services/${serviceId}`, 'read a service', { 'include[]': ['integrations'] });
        return datadogIntegrations((res.data as Json).service as Json)
          .map((i) => ({ logicalId: change.id, remoteId: String(i.id), version: '', body: i }));
      }
      if (change.kind === 'datadog.pagerduty-service') return []; // create is an upsert already
      const name = String(((change.payload ?? {}) as Json)[wrapperOf(change.kind)] && (((change.payload as Json)[wrapperOf(change.kind)]) as Json).name);
      return findPagerDutyObjects(pd, change.kind as PagerDutyKind, change.id, name);
    },
  };
}

function wrapperOf(kind: Change['kind']): string {
  return kind === 'pagerduty.team' ? 'team' : kind === 'pagerduty.escalation-policy' ? 'escalation_policy' : 'service';
}
