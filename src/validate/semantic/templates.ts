import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { MonitorDefinition } from '../../ir/monitor.ts';
import type { QueryFacts } from '../../query/parsed-query.ts';
import { closest } from '../../diagnostics/suggest.ts';
import { problem } from './context.ts';

/**
 * Datadog's conditional variables (docs.datadoghq.com/monitors/notify/variables), each usable as `{{#name}}` and
 * inverted as `{{^name}}`, plus the Handlebars blocks Datadog's templates also take. A block Datadog does not know
 * (`{{#is_critical}}`) never shows its text: the page goes out without the part that mattered.
 */
const BLOCKS = [
  'is_alert', 'is_alert_recovery', 'is_alert_to_warning', 'is_exact_match', 'is_match', 'is_no_data',
  'is_no_data_recovery', 'is_priority', 'is_recovery', 'is_renotify', 'is_unknown', 'is_warning',
  'is_warning_recovery', 'if', 'unless', 'each', 'with',
];
const BLOCK_SET = new Set(BLOCKS);

/** Datadog's template variables for a monitor's values and times (docs.datadoghq.com/monitors/notify/variables). */
const VARIABLES = [
  'value', 'threshold', 'warn_threshold', 'ok_threshold', 'comparator', 'last_triggered_at', 'last_triggered_at_epoch',
  'first_triggered_at', 'first_triggered_at_epoch', 'triggered_duration_sec',
];

/** `{{<x>.name}}` prefixes that are not tags: event, log and span attributes, the monitor's own fields. */
const NOT_TAGS = new Set(['event', 'log', 'span', 'rum', 'trace', 'monitor', 'synthetics', 'check', 'issue', 'org']);

/** Monitor types whose group-by names tags (for `{{tag.name}}`); search types group by facets, formulas elsewhere. */
const TAG_GROUPED = new Set(['query alert', 'metric alert', 'service check']);

const NONE: Diagnostic[] = [];

/** Whether any template field holds a brace: most monitors' do not, and are checked without allocating anything. */
function mayHaveTemplates(def: MonitorDefinition): boolean {
  const m = def.message;
  if (braces(def.name) || braces(def.options?.escalationMessage)) return true;
  if (!m || typeof m !== 'object') return false;
  if (braces(m.summary) || braces(m.impact) || braces(m.details)) return true;
  if (Array.isArray(m.firstSteps)) for (const step of m.firstSteps) if (braces(step)) return true;
  return false;
}

function braces(text: unknown): boolean {
  return typeof text === 'string' && (text.includes('{') || text.includes('}'));
}

/** The fields of a monitor that Datadog renders as templates, with their JSON pointers. */
function templateFields(def: MonitorDefinition): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  if (typeof def.name === 'string') fields.push(['/name', def.name]);
  const m = def.message;
  if (m && typeof m === 'object') {
    if (typeof m.summary === 'string') fields.push(['/message/summary', m.summary]);
    if (typeof m.impact === 'string') fields.push(['/message/impact', m.impact]);
    if (Array.isArray(m.firstSteps)) m.firstSteps.forEach((s, i) => typeof s === 'string' && fields.push([`/message/firstSteps/${i}`, s]));
    if (typeof m.details === 'string') fields.push(['/message/details', m.details]);
  }
  const escalation = def.options?.escalationMessage;
  if (typeof escalation === 'string') fields.push(['/options/escalationMessage', escalation]);
  return fields;
}

/**
 * Checks the template syntax of a monitor's name and message: every `{{` closed, every `{{#block}}` a block Datadog
 * knows and closed by its `{{/block}}`, and every `{{tag.name}}` naming a tag the query groups by (otherwise it
 * renders empty). Cheap for the common message: text without braces is not scanned.
 */
export function checkTemplates(def: MonitorDefinition, parsed: QueryFacts | undefined): Diagnostic[] {
  if (!mayHaveTemplates(def)) return NONE;
  const problems: Diagnostic[] = [];
  let groups: Set<string> | undefined | null = null; // null: not worked out yet; undefined: cannot tell
  for (const [path, text] of templateFields(def)) {
    if (!text.includes('{') && !text.includes('}')) continue;
    const field = `"${path.slice(1).replace(/\//g, '.')}"`;
    const fail = (message: string, hint: string, severity: 'error' | 'warning' = 'error') =>
      problems.push(problem(def, path, 'message-template', `${field} ${message}`, hint, severity));
    const open: Array<{ name: string; at: number }> = [];
    let i = 0;
    for (;;) {
      const start = text.indexOf('{{', i);
      const stray = text.indexOf('}}', i);
      if (stray !== -1 && (start === -1 || stray < start)) {
        // A warning: Handlebars prints a lone "}}" as text (JSON in a message), but it is most often a "{{" mistyped.
        fail(`has "}}" without a "{{" before it (at character ${stray + 1}: ${excerpt(text, stray)})`,
          'add the missing "{{" (a variable is written "{{name}}"), or remove the stray braces', 'warning');
        break;
      }
      if (start === -1) break;
      const triple = text[start + 2] === '{';
      const close = text.indexOf(triple ? '}}}' : '}}', start + 2);
      const next = text.indexOf('{{', start + (triple ? 3 : 2));
      if (close === -1 || (next !== -1 && next < close)) {
        fail(`has a "{{" that is never closed (at character ${start + 1}: ${excerpt(text, start)})`, 'close it with "}}"');
        break;
      }
      const tag = text.slice(start + (triple ? 3 : 2), close).trim();
      i = close + (triple ? 3 : 2);
      const kind = tag[0];
      const name = tag.slice(kind === '#' || kind === '^' || kind === '/' ? 1 : 0).trim().split(/\s+/)[0] ?? '';
      if (kind === '#' || kind === '^') {
        if (!BLOCK_SET.has(name)) {
          const guess = closest(name, BLOCKS);
          fail(`uses "{{${kind}${name}}}", which is not a Datadog conditional variable, so its text is never shown`,
            guess ? `did you mean "{{${kind}${guess}}}"?` : `use one of ${BLOCKS.filter((b) => b.startsWith('is_')).join(', ')}`);
        }
        open.push({ name, at: start });
      } else if (kind === '/') {
        const top = open.pop();
        if (!top) {
          fail(`closes "{{/${name}}}", which was never opened`, `open it with "{{#${name}}}", or remove the "{{/${name}}}"`);
        } else if (top.name !== name) {
          fail(`closes "{{/${name}}}" where "{{#${top.name}}}" is open`, `close "{{#${top.name}}}" with "{{/${top.name}}}" first`);
        }
      } else if (/^[a-z_]+$/.test(tag) && !VARIABLES.includes(tag) && tag !== 'else') {
        // Only a near miss (`{{valu}}`, `{{treshold}}`): other names may be variables this list does not know.
        const guess = closest(tag, VARIABLES, 2);
        if (guess) fail(`uses "{{${tag}}}", which is not a Datadog template variable, so it renders empty`, `did you mean "{{${guess}}}"?`, 'warning');
      } else {
        const variable = /^([A-Za-z][\w\-./]*)\.name$/.exec(tag);
        if (variable && !NOT_TAGS.has(variable[1]!.split('.')[0]!)) {
          if (groups === null) groups = groupByKeys(def, parsed);
          const key = variable[1]!;
          if (groups && !groups.has(key)) {
            const guess = closest(key, [...groups]);
            fail(`uses "{{${key}.name}}", but the query is not grouped by "${key}", so it renders empty`,
              guess ? `did you mean "{{${guess}.name}}"?` : groups.size ? `the query groups by ${[...groups].join(', ')}` : `group the query by ${key} (a multi alert), or remove the variable`, 'warning');
          }
        }
      }
    }
    for (const block of open) {
      fail(`opens "{{#${block.name}}}" and never closes it (at character ${block.at + 1}), so Datadog hides everything after it`,
        `close it with "{{/${block.name}}}"`);
    }
  }
  return problems;
}

/**
 * The tag keys a metric or service-check query alerts per, as the parser reads them: `by {host,env}`, `.by("host")`,
 * and for a multilayer space aggregation only its outer layer's groups (`{env}` in `sum(… by {env,host}, {env})`:
 * the outer layer drops `host`, so `{{host.name}}` renders empty). Undefined for queries whose grouping this does
 * not read (formulas, searches).
 */
function groupByKeys(def: MonitorDefinition, parsed: QueryFacts | undefined): Set<string> | undefined {
  if (!TAG_GROUPED.has(def.type) || !parsed?.ok || ('formulaNames' in parsed && parsed.formulaNames)) return undefined;
  return parsed.groupBy ? new Set(parsed.groupBy) : undefined;
}

function excerpt(text: string, at: number): string {
  const from = Math.max(0, at - 15);
  return `${from > 0 ? '…' : ''}${text.slice(from, at + 15)}${at + 15 < text.length ? '…' : ''}`;
}

/** A formula query's names (`query1 / query2`) must each be a query in `options.variables`. */
export function checkFormulaNames(def: MonitorDefinition, parsed: QueryFacts | undefined): Diagnostic[] {
  if (!parsed?.ok || !('formulaNames' in parsed) || !parsed.formulaNames) return NONE;
  const defined = (def.options?.variables ?? []).map((v) => v.name).filter((n): n is string => typeof n === 'string');
  const problems: Diagnostic[] = [];
  for (const name of parsed.formulaNames) {
    if (defined.includes(name)) continue;
    const guess = closest(name, defined);
    problems.push(problem(def, '/query', 'formula-query-unknown',
      `the formula in "query" uses "${name}", but no query in "options.variables" is named "${name}", so Datadog rejects it or reads nothing`,
      guess ? `did you mean "${guess}"?` : defined.length ? `the queries are ${defined.join(', ')}` : 'define it in "options.variables" with "name": "' + name + '"'));
  }
  return problems;
}
