// Types of the generated validators.js (ajv standalone output; see scripts/generate-validators.ts).
import type { ValidateFunction } from 'ajv';

export declare const monitor: ValidateFunction;
export declare const slo: ValidateFunction;
export declare const routing: ValidateFunction;
export declare const pagerdutyTeam: ValidateFunction;
export declare const pagerdutyEscalationPolicy: ValidateFunction;
export declare const pagerdutyService: ValidateFunction;
export declare const notificationRule: ValidateFunction;
export declare const downtime: ValidateFunction;
export declare const sloCorrection: ValidateFunction;
