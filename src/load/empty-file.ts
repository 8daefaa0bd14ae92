import type { Diagnostic } from '../ir/diagnostic.ts';

/** The warning for a definition file that holds nothing but whitespace and comments. */
export function emptyFileDiagnostic(file: string): Diagnostic {
  return {
    severity: 'warning', code: 'load-empty', id: '-', location: { file, line: 1, col: 1 },
    message: 'this file is empty or holds only comments, so it defines nothing',
    hint: 'delete the file, or restore its definitions if they were removed by mistake',
  };
}

/** True when TypeScript source holds only whitespace and comments. Cheap: stops at the first code character. */
export function blankTypeScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff) continue;
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      if (end === -1) return true;
      i = end;
      continue;
    }
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return false; // an unclosed comment is a syntax error, reported as such
      i = end + 1;
      continue;
    }
    return false;
  }
  return true;
}
