// TypeScript source for imported monitors, SLOs and PagerDuty services, generated with ts-morph: an in-memory
// project, one source file per output file, an import of the builders used and one exported const per definition,
// formatted by the compiler.
import { IndentationText, Project, QuoteKind, VariableDeclarationKind } from 'ts-morph';
import { PACKAGE_NAME } from '../load/vigil-package.ts';
import type { BuilderName } from './builders.ts';
import type { SloBuilderName } from './slo.ts';

export interface SourceDefinition {
  variable: string;
  builder: BuilderName | SloBuilderName | 'pagerdutyService' | 'notificationRule' | 'downtime';
  props: Record<string, unknown>;
  /** Comment lines written above the definition. */
  comments: string[];
}

const DATADOG_HEADER = `// Imported from Datadog by "vigil import". Each definition adopts the monitor or SLO it came from ("adopt"): the
// first apply adds vigil's ownership tags and changes nothing else. "overrides" keeps, in Datadog's own shape, what
// the typed props cannot say. Give monitors a team, service and severity once vigil owns them.`;

const DOWNTIME_HEADER = `// Imported from Datadog by "vigil import". Each definition adopts the downtime it came from ("adopt"): the first
// apply adds vigil's ownership line to its message and changes nothing else. Windows that are over are not imported.`;

const PAGERDUTY_HEADER = `// Imported from PagerDuty by "vigil import". Each definition adopts the service it came from ("adopt"): the first
// apply adds vigil's ownership marker to its description and changes nothing else on it; it may add the Datadog
// integration and Datadog's PagerDuty service object, which the plan lists as creates. Escalation policies vigil does
// not manage are named by their PagerDuty id. Change the services once vigil owns them.`;

const RULES_HEADER = `// Imported from Datadog by "vigil import". Each definition adopts the monitor notification rule it came from
// ("adopt"): the first apply adds vigil's ownership marker to its name and changes nothing else. Datadog applies every
// rule that matches a monitor, these and the ones a routing table with target 'notification-rules' compiles to.`;

/** The header for a file's definitions: what adopting them does, per provider. */
function header(definitions: readonly SourceDefinition[]): string {
  const services = definitions.filter((d) => d.builder === 'pagerdutyService').length;
  const rules = definitions.filter((d) => d.builder === 'notificationRule').length;
  const downtimes = definitions.filter((d) => d.builder === 'downtime').length;
  return [
    ...(services + rules + downtimes < definitions.length ? [DATADOG_HEADER] : []), ...(downtimes > 0 ? [DOWNTIME_HEADER] : []),
    ...(services > 0 ? [PAGERDUTY_HEADER] : []), ...(rules > 0 ? [RULES_HEADER] : []),
  ].join('\n');
}

/** The text of one definition file. Deterministic: the same definitions give the same bytes. */
export function renderFile(definitions: readonly SourceDefinition[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const file = project.createSourceFile('imported.ts', '');
  const builders = [...new Set(definitions.map((d) => d.builder))].sort();
  file.addImportDeclaration({ namedImports: builders, moduleSpecifier: PACKAGE_NAME });
  definitions.forEach((d, i) => {
    // A blank line between definitions; comments sit right above the one they are about.
    const comments = d.comments.map((c) => `// ${c}\n`).join('');
    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: d.variable, initializer: `${d.builder}(${literal(d.props, 0)})` }],
      ...(i > 0 || comments ? { leadingTrivia: `${i > 0 ? '\n' : ''}${comments}` } : {}),
    });
  });
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
  // The header goes on last: the compiler's printer would place the import above a leading comment.
  return `${header(definitions)}\n${file.getFullText()}`;
}

const INLINE_MAX = 100;

/**
 * A JSON value as a TypeScript literal: objects one property per line unless the whole line stays within 100
 * characters, strings as quoted text. `prefix` is the width of what precedes the value on its line (`key: `).
 */
export function literal(value: unknown, depth: number, prefix = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => literal(v, depth + 1));
    const inline = `[${items.join(', ')}]`;
    return fits(inline, depth, prefix) ? inline : `[\n${items.map((i) => `${pad(depth + 1)}${i},`).join('\n')}\n${pad(depth)}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const props = entries.map(([k, v]) => `${propertyName(k)}: ${literal(v, depth + 1, propertyName(k).length + 2)}`);
    const inline = `{ ${props.join(', ')} }`;
    // The top level (the builder's props) always gets one line per prop: that is how definitions are read.
    if (depth > 0 && fits(inline, depth, prefix)) return inline;
    return `{\n${props.map((p) => `${pad(depth + 1)}${p},`).join('\n')}\n${pad(depth)}}`;
  }
  throw new Error(`cannot write ${typeof value} as a literal`);
}

/** Whether `text` fits on the line it starts: indentation, prefix, text and a trailing comma. */
function fits(text: string, depth: number, prefix: number): boolean {
  return !text.includes('\n') && depth * 2 + prefix + text.length + 1 <= INLINE_MAX;
}

function pad(depth: number): string {
  return '  '.repeat(depth);
}

function propertyName(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : stringLiteral(key);
}

/**
 * A string literal that reads like the text: a template literal when the text spans lines (messages), else quoted
 * with whichever quote needs no escaping. Escapes keep the value exact.
 */
export function stringLiteral(text: string): string {
  // Inside a template literal \r and \r\n would be read back as \n; a lone trailing newline reads better escaped.
  if (/\n[^]*\S/.test(text) && !/[\r\u2028\u2029]/.test(text)) {
    return `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
  }
  const body = JSON.stringify(text).slice(1, -1);
  if (text.includes("'") && !text.includes('"')) return `"${body}"`;
  return `'${body.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
