import { Problems, readEnum, readRef, readString, unwrap } from './checks.ts';
import type { Ctx, Route } from './context.ts';
import { created, noContent, ok } from './context.ts';
import { invalidInput, notFound } from './errors.ts';
import type { JsonObject } from './json.ts';
import { API_BASE, idTaken, ref, WEB_BASE } from './refs.ts';
import type { IntegrationRecord, PdState, ServiceRecord } from './state.ts';
import { nextIntegrationKey, nextPid } from './state.ts';
import { VENDORS } from './vendors.ts';

/** The spec's Integration `type` enum (inbound integrations a service can own). */
const INTEGRATION_TYPES = [
  'aws_cloudwatch_inbound_integration', 'cloudkick_inbound_integration', 'event_transformer_api_inbound_integration',
  'generic_email_inbound_integration', 'generic_events_api_inbound_integration', 'keynote_inbound_integration',
  'nagios_inbound_integration', 'pingdom_inbound_integration', 'sql_monitor_inbound_integration',
  'events_api_v2_inbound_integration',
] as const;

function selfOf(i: IntegrationRecord): string {
  return `${API_BASE}/services/${i.service}/integrations/${i.id}`;
}

function htmlOf(i: IntegrationRecord): string {
  return `${WEB_BASE}/services/${i.service}/integrations/${i.id}`;
}

export function integrationRef(i: IntegrationRecord): JsonObject {
  return { id: i.id, type: `${i.type}_reference`, summary: i.name, self: selfOf(i), html_url: htmlOf(i) };
}

/**
 * `integration_key` is not in the spec's Integration schema but real responses carry it (go-pagerduty reads it);
 * email integrations get `integration_email` instead (address format invented).
 */
export function renderIntegration(state: PdState, i: IntegrationRecord): JsonObject {
  const out: JsonObject = {
    id: i.id, type: i.type, summary: i.name, self: selfOf(i), html_url: htmlOf(i), name: i.name,
    service: ref(state, 'service', i.service),
    created_at: i.created_at,
    vendor: i.vendor === null ? null : ref(state, 'vendor', i.vendor),
  };
  if (i.integration_key !== null) out['integration_key'] = i.integration_key;
  if (i.integration_email !== null) out['integration_email'] = i.integration_email;
  return out;
}

/** A service's integrations in creation order (object key order survives the JSON round trip). */
export function integrationsOf(state: PdState, serviceId: string): IntegrationRecord[] {
  return Object.values(state.integrations).filter((i) => i.service === serviceId);
}

function findService(state: PdState, id: string): ServiceRecord {
  const service = state.services[id];
  if (!service) throw notFound(`Service ${id} not found.`);
  return service;
}

function findIntegration(state: PdState, serviceId: string, id: string): IntegrationRecord {
  findService(state, serviceId);
  const integration = state.integrations[id];
  if (!integration || integration.service !== serviceId) throw notFound(`Integration ${id} not found on service ${serviceId}.`);
  return integration;
}

function create(ctx: Ctx, serviceId: string): IntegrationRecord {
  const service = findService(ctx.state, serviceId);
  const input = unwrap(ctx.body, 'integration');
  const p = new Problems();
  const type = readEnum(input, 'type', 'integration.type', INTEGRATION_TYPES, p, { required: true });
  const vendor = input['vendor'] === null ? null : readRef(input['vendor'], 'integration.vendor', 'vendor',
    (id) => VENDORS.some((v) => v.id === id), p);
  // Invented default: the vendor's name; without a vendor the name is required.
  const vendorName = VENDORS.find((v) => v.id === vendor)?.name;
  const name = readString(input, 'name', 'integration.name', p, { required: vendorName === undefined, nonBlank: true });
  if (input['service'] !== undefined) {
    readRef(input['service'], 'integration.service', 'service', (id) => id === serviceId, p);
  }
  p.check();
  if (type === undefined) throw invalidInput([`"integration.type" is required.`]);
  const id = nextPid(ctx.state, idTaken(ctx.state));
  const email = type === 'generic_email_inbound_integration';
  const integration: IntegrationRecord = {
    id, service: service.id, type, name: name ?? vendorName ?? type, vendor: vendor ?? null,
    integration_key: email ? null : nextIntegrationKey(ctx.state),
    integration_email: email ? `${service.id.toLowerCase()}-${id.toLowerCase()}@vigil-sandbox.pagerduty.com` : null,
    created_at: ctx.timestamp,
  };
  ctx.state.integrations[id] = integration;
  service.updated_at = ctx.timestamp;
  return integration;
}

/** PUT changes the name only (the key and type are fixed once created — INFERENCE; the spec does not say). */
function update(ctx: Ctx, serviceId: string, id: string): IntegrationRecord {
  const integration = findIntegration(ctx.state, serviceId, id);
  const input = unwrap(ctx.body, 'integration');
  const p = new Problems();
  const name = readString(input, 'name', 'integration.name', p, { nonBlank: true });
  if (input['type'] !== undefined && input['type'] !== integration.type) {
    p.add(`"integration.type" cannot change after creation (is ${JSON.stringify(integration.type)}).`);
  }
  p.check();
  if (typeof name === 'string') integration.name = name;
  return integration;
}

export const integrationRoutes: Route[] = [
  {
    method: 'POST', pattern: '/services/:id/integrations', handler: (ctx, { id = '' }) =>
      created({ integration: renderIntegration(ctx.state, create(ctx, id)) }),
  },
  {
    method: 'GET', pattern: '/services/:id/integrations/:iid', handler: (ctx, { id = '', iid = '' }) =>
      ok({ integration: renderIntegration(ctx.state, findIntegration(ctx.state, id, iid)) }),
  },
  {
    method: 'PUT', pattern: '/services/:id/integrations/:iid', handler: (ctx, { id = '', iid = '' }) =>
      ok({ integration: renderIntegration(ctx.state, update(ctx, id, iid)) }),
  },
  {
    // Not in the spec, but go-pagerduty calls it and the web UI can delete an integration; 204 like other deletes.
    method: 'DELETE', pattern: '/services/:id/integrations/:iid', handler: (ctx, { id = '', iid = '' }) => {
      findIntegration(ctx.state, id, iid);
      delete ctx.state.integrations[iid];
      return noContent();
    },
  },
];
