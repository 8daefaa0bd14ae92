// OpenSLO v1 documents: a multi-document YAML stream of kinds SLO, SLI, AlertPolicy, AlertCondition,
// AlertNotificationTarget, DataSource and Service, indexed by kind and name so `*Ref` fields can be resolved.
import { parseAllDocuments } from 'yaml';

export const API_VERSION = 'openslo/v1';
export const KINDS = ['SLO', 'SLI', 'AlertPolicy', 'AlertCondition', 'AlertNotificationTarget', 'DataSource', 'Service'] as const;
export type OpenSloKind = (typeof KINDS)[number];

export type Obj = Record<string, unknown>;

export interface OpenSloDocument {
  apiVersion: string;
  kind: OpenSloKind;
  metadata: { name: string; displayName?: string; labels?: Record<string, string | string[]>; annotations?: Record<string, string> };
  spec: Obj;
}

/** One problem with the input, naming the document and the field: `SLO "checkout" spec.timeWindow[0].calendar: …`. */
export interface OpenSloProblem {
  severity: 'error' | 'warning';
  where: string;
  message: string;
}

export function formatProblem(p: OpenSloProblem): string {
  return `${p.severity} ${p.where}: ${p.message}`;
}

/** Documents by kind and name, with the problems found while reading them. */
export class DocumentSet {
  readonly docs: OpenSloDocument[] = [];
  readonly problems: OpenSloProblem[] = [];
  private readonly byKey = new Map<string, OpenSloDocument>();

  /** Parses a YAML stream; documents that are not OpenSLO v1 become problems, not exceptions. */
  static parse(text: string, file: string): DocumentSet {
    const set = new DocumentSet();
    parseAllDocuments(text).forEach((doc, i) => {
      const where = `${file} document ${i + 1}`;
      if (doc.errors.length) {
        set.problems.push({ severity: 'error', where, message: `invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}` });
        return;
      }
      const value = doc.toJSON() as unknown;
      if (value === null || value === undefined) return;
      set.add(value, where);
    });
    return set;
  }

  add(value: unknown, where: string): OpenSloDocument | undefined {
    if (!isObj(value)) return this.fail(where, 'an OpenSLO document must be a mapping with apiVersion, kind, metadata and spec');
    if (value.apiVersion !== API_VERSION) {
      return this.fail(`${where} apiVersion`, `only "${API_VERSION}" is supported (got ${JSON.stringify(value.apiVersion)})`);
    }
    if (!KINDS.includes(value.kind as OpenSloKind)) {
      return this.fail(`${where} kind`, `unknown kind ${JSON.stringify(value.kind)}; expected one of ${KINDS.join(', ')}`);
    }
    const metadata = value.metadata;
    if (!isObj(metadata) || typeof metadata.name !== 'string' || metadata.name === '') {
      return this.fail(`${where} metadata.name`, 'every OpenSLO document needs a name');
    }
    const doc = { ...value, spec: isObj(value.spec) ? value.spec : {} } as unknown as OpenSloDocument;
    const key = `${doc.kind}/${doc.metadata.name}`;
    if (this.byKey.has(key)) return this.fail(`${doc.kind} "${doc.metadata.name}"`, 'is defined twice');
    this.byKey.set(key, doc);
    this.docs.push(doc);
    return doc;
  }

  get(kind: OpenSloKind, name: string): OpenSloDocument | undefined {
    return this.byKey.get(`${kind}/${name}`);
  }

  ofKind(kind: OpenSloKind): OpenSloDocument[] {
    return this.docs.filter((d) => d.kind === kind);
  }

  /** An inline object of `kind` (`{metadata, spec}`) or a `<ref>` naming a document: the spec either way. */
  resolve(value: unknown, kind: OpenSloKind, refKey: string, where: string): { name: string; doc: OpenSloDocument } | undefined {
    if (!isObj(value)) return void this.fail(where, `expected an inline ${kind} or "${refKey}"`);
    if (typeof value[refKey] === 'string') {
      const doc = this.get(kind, value[refKey] as string);
      if (!doc) return void this.fail(`${where}.${refKey}`, `refers to ${kind} "${String(value[refKey])}", which is not in the file`);
      return { name: doc.metadata.name, doc };
    }
    const metadata = isObj(value.metadata) ? value.metadata : {};
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    const doc = { apiVersion: API_VERSION, kind, metadata: { ...metadata, name }, spec: isObj(value.spec) ? value.spec : {} } as OpenSloDocument;
    return { name, doc };
  }

  fail(where: string, message: string): undefined {
    this.problems.push({ severity: 'error', where, message });
    return undefined;
  }

  warn(where: string, message: string): void {
    this.problems.push({ severity: 'warning', where, message });
  }
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
