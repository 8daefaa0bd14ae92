import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { MonitorDefinition } from '../../ir/monitor.ts';
import { problem } from './context.ts';

/**
 * vigil's own ceiling for a monitor message (Datadog documents none we could find); PagerDuty cuts what it
 * receives at 1,024 characters, so longer messages lose their tail on the pager.
 */
export const MESSAGE_MAX = 4000;
export const PAGERDUTY_MAX = 1024;

/** Checks the length of `message`, the monitor's compiled message: the one its payload carries, routing included. */
export function checkMessage(def: MonitorDefinition, message: string): Diagnostic[] {
  const length = message.length;
  if (length > MESSAGE_MAX) {
    return [problem(def, '/message', 'message-length', `the compiled message is ${length} characters; the limit is ${MESSAGE_MAX}`,
      'move detail into the runbook and keep the message to what on-call needs first')];
  }
  if (length > PAGERDUTY_MAX) {
    return [problem(def, '/message', 'message-length',
      `the compiled message is ${length} characters; PagerDuty keeps only the first ${PAGERDUTY_MAX}`,
      'shorten it so the first steps survive on the pager', 'warning')];
  }
  return [];
}
