import { describe, expect, it } from 'vitest';
import monitorSchema from '../../schemas/monitor.schema.json' with { type: 'json' };
import sloSchema from '../../schemas/slo.schema.json' with { type: 'json' };
import downtimeSchema from '../../schemas/downtime.schema.json' with { type: 'json' };
import { DOWNTIME_KEYS } from '../../src/dsl/downtime/index.ts';
import sloCorrectionSchema from '../../schemas/slo-correction.schema.json' with { type: 'json' };
import { SLO_CORRECTION_KEYS } from '../../src/dsl/slo-correction/index.ts';
import { MONITOR_KEYS } from '../../src/dsl/monitors/define.ts';
import { SLO_KEYS } from '../../src/dsl/slo/define.ts';

// The builders know their props from their TypeScript types (propKeys<T> only compiles when it lists every key);
// everything a builder copies into a definition must also be a field the schema knows, or YAML and TypeScript would
// disagree on what a monitor or an SLO may say.
describe('builder props and schemas', () => {
  it('every monitor prop is a field of the monitor schema (thresholds is the builders\' shorthand for options.thresholds)', () => {
    const fields = new Set(Object.keys(monitorSchema.properties));
    expect([...MONITOR_KEYS].filter((k) => !fields.has(k))).toEqual(['thresholds']);
  });

  it('every SLO prop is a field of the SLO schema', () => {
    const fields = new Set(Object.keys(sloSchema.properties));
    expect([...SLO_KEYS].filter((k) => !fields.has(k))).toEqual([]);
  });

  it('every downtime prop is a field of the downtime schema', () => {
    const fields = new Set(Object.keys(downtimeSchema.properties));
    expect([...DOWNTIME_KEYS].filter((k) => !fields.has(k))).toEqual([]);
  });

  it('every SLO correction prop is a field of the SLO correction schema', () => {
    const fields = new Set(Object.keys(sloCorrectionSchema.properties));
    expect([...SLO_CORRECTION_KEYS].filter((k) => !fields.has(k))).toEqual([]);
  });
});
