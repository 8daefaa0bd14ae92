// Definitions built but never reaching the organisation, each in a way vigil used to ignore in silence.
import { metricAlert, routing, rule, slack, type MonitorDefinition } from '@vigil-monitors/vigil';

const cpu = (id: string) => metricAlert({ id, name: id, message: 'High.', query: 'avg(last_5m):avg:system.cpu.user{*} > 90' });

// Built, never exported.
const forgotten = cpu('web-forgotten');

// Exported inside a Promise: vigil does not await exports.
export const later = Promise.resolve(cpu('web-later'));
export const afterwards = new Promise((resolve) => setTimeout(() => resolve([cpu('web-afterwards')]), 1));

// Inside a Map and a class instance.
export const byName = new Map([['a', cpu('web-in-map')]]);
class Holder {
  constructor(readonly monitor: MonitorDefinition) {}
}
export const held = new Holder(cpu('web-in-class'));

// Exported, and reached: not reported.
export const fine = cpu('web-fine');
export const spread = { ...cpu('web-spread'), env: 'prod' };

// Deeper than the loader looks.
export const deep = { a: { b: { c: { d: { e: { f: { g: cpu('web-deep') } } } } } } };

// A rule no routing table holds.
const orphan = rule('sev3 to chat', { severity: ['sev3'] }, [slack('#web')]);
export const table = routing({ id: 'org-routing', rules: [rule('all to chat', {}, [slack('#alerts')])] });

// Written out by hand instead of built, and a definition whose kind is misspelled.
export const handMade = { id: 'web-by-hand', name: 'x', query: 'avg(last_5m):avg:a{*} > 1', message: 'x' };
export const misKind = { ...cpu('web-kind'), kind: 'monitr', id: 'web-kind-typo' };
void forgotten;
void orphan;
