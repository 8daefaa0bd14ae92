import { Ajv2020 } from 'ajv/dist/2020.js';
import downtimeSchema from '../../schemas/downtime.schema.json' with { type: 'json' };
import monitorSchema from '../../schemas/monitor.schema.json' with { type: 'json' };
import notificationRuleSchema from '../../schemas/notification-rule.schema.json' with { type: 'json' };
import pagerdutySchema from '../../schemas/pagerduty.schema.json' with { type: 'json' };
import routingSchema from '../../schemas/routing.schema.json' with { type: 'json' };
import sloSchema from '../../schemas/slo.schema.json' with { type: 'json' };
import sloCorrectionSchema from '../../schemas/slo-correction.schema.json' with { type: 'json' };

/** Which schema (by `$id`, or `$id#/$defs/…`) checks each definition kind, under the export name of its validator. */
export const VALIDATORS = {
  monitor: monitorSchema.$id,
  slo: sloSchema.$id,
  routing: routingSchema.$id,
  pagerdutyTeam: `${pagerdutySchema.$id}#/$defs/team`,
  pagerdutyEscalationPolicy: `${pagerdutySchema.$id}#/$defs/escalationPolicy`,
  pagerdutyService: `${pagerdutySchema.$id}#/$defs/service`,
  notificationRule: notificationRuleSchema.$id,
  downtime: downtimeSchema.$id,
  sloCorrection: sloCorrectionSchema.$id,
} as const;

/**
 * The ajv instance the schemas are compiled with. `verbose` keeps each error's parent schema, which the diagnostics
 * use to suggest the field the user meant. Standalone output makes the compiled validators a plain ES module.
 */
export function schemaAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, code: { source: true, esm: true, lines: true } });
  for (const schema of [monitorSchema, sloSchema, routingSchema, pagerdutySchema, notificationRuleSchema, downtimeSchema, sloCorrectionSchema]) ajv.addSchema(schema);
  return ajv;
}
