// Diagnostics as GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), which GitHub shows as
// annotations on the pull request's changed lines. https://docs.github.com/actions/reference/workflow-commands
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../ir/diagnostic.ts';

export interface AnnotationOptions {
  /** Where the diagnostics' relative file paths start. */
  projectDir: string;
  /** `GITHUB_WORKSPACE`: annotation paths must be relative to the checkout, which may be above the project. */
  workspace?: string;
}

/** One workflow command line for a diagnostic; without a location it annotates the run, not a file. */
export function formatAnnotation(d: Diagnostic, options: AnnotationOptions): string {
  const props: string[] = [];
  const loc = d.location;
  if (loc && loc.line > 0) {
    props.push(`file=${escapeProperty(annotationPath(loc.file, options))}`, `line=${loc.line}`);
    if (loc.col > 0) props.push(`col=${loc.col}`);
  }
  props.push(`title=${escapeProperty(`vigil ${d.code}${d.id && d.id !== '-' ? ` (${d.id})` : ''}`)}`);
  const text = d.hint ? `${d.message} Hint: ${d.hint}` : d.message;
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(text)}`;
}

export function annotationPath(file: string, options: AnnotationOptions): string {
  if (!options.workspace) return toPosix(file);
  const abs = resolve(options.projectDir, file);
  const rel = relative(resolve(options.workspace), abs);
  // Outside the workspace GitHub cannot place it on a line; the project-relative path still tells the reader.
  return rel.startsWith('..') || isAbsolute(rel) ? toPosix(file) : toPosix(rel);
}

/** Message text: `%`, CR and LF are escaped so one diagnostic stays one command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally escape `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
