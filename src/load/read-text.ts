import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../ir/diagnostic.ts';

/** Where a file stops being UTF-8: 1-based line and column (in bytes) of the first byte that is not. */
export interface NotUtf8 {
  line: number;
  col: number;
}

/**
 * A definition file's text. Definition files are UTF-8: Node would decode any other bytes as U+FFFD without a word,
 * and a mangled name, tag or query would then reach Datadog. The check is native and costs microseconds per file.
 * A byte-order mark is not part of the text a user sees: without it, offsets and columns agree on line 1 too.
 * `keepBom` leaves it for code whose positions are counted as Node counts them (it keeps the mark too).
 */
export function decodeText(bytes: Buffer, { keepBom = false } = {}): string | NotUtf8 {
  if (!isUtf8(bytes)) return firstBadByte(bytes);
  const text = bytes.toString('utf8');
  return !keepBom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The error for a file that is not UTF-8, at its first bad byte. */
export function notUtf8Diagnostic(file: string, at: NotUtf8): Diagnostic {
  return {
    severity: 'error', code: 'load-encoding', id: '-', location: { file, line: at.line, col: at.col },
    message: 'this file is not valid UTF-8, so vigil cannot read it without changing its text',
    hint: 'save it as UTF-8 (it may be Latin-1 or UTF-16; e.g. iconv -f latin1 -t utf-8)',
  };
}

/** Only on the error path: finds the first byte that does not continue a valid UTF-8 sequence. */
function firstBadByte(bytes: Buffer): NotUtf8 {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const valid = len > 0 && i + len <= bytes.length && isUtf8(bytes.subarray(i, i + len));
    if (!valid) return { line, col: i - lineStart + 1 };
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += len;
  }
  return { line, col: 1 }; // unreachable for text isUtf8 rejected
}
