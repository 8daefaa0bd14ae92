import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../src/validate/code-point-length.ts';

// The compiled validators count string lengths with codePointLength instead of ajv's helper: it must agree with it.
const ucs2length = (createRequire(import.meta.url)('ajv/dist/runtime/ucs2length') as { default: (s: string) => number }).default;

describe('codePointLength', () => {
  it.each([
    ['', 0], ['plain ascii', 11], ['héllo wörld', 11], ['日本語', 3],
    ['🙂', 1], ['a🙂b🙂', 4], ['\uD83D', 1], ['\uDE42', 1], ['x\uD83D', 2], ['\uD83Dx', 2], ['\uDE42\uD83D', 2],
    ['\uD83D\uD83D\uDE42', 2], ['🙂'.repeat(50), 50],
  ])('counts %j as %i code points, as ajv does', (text, expected) => {
    expect(codePointLength(text)).toBe(expected);
    expect(ucs2length(text)).toBe(expected);
  });
});
