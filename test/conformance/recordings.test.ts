// Recordings store bodies the recorder could not keep as text as encoded bytes, often still compressed: the loader
// must give the harness the JSON the server meant, or such a recording would compare garbage.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { harBodyText } from './recordings.ts';

const body = '{"errors":["slo not found"]}';
const gz = gzipSync(Buffer.from(body));

describe('HAR answer bodies', () => {
  it('plain text is taken as it is', () => {
    expect(harBodyText({ text: body })).toBe(body);
  });

  it('base64 of a gzip body, whole or in chunks, with or without Content-Encoding', () => {
    expect(harBodyText({ text: gz.toString('base64'), encoding: 'base64' }, 'gzip')).toBe(body);
    expect(harBodyText({ text: gz.toString('base64'), encoding: 'base64' })).toBe(body);
    const chunks = [gz.subarray(0, 7), gz.subarray(7)].map((b) => b.toString('base64'));
    expect(harBodyText({ text: JSON.stringify(chunks), encoding: 'base64' }, 'gzip')).toBe(body);
  });

  it("Polly's older binary form: hex chunks", () => {
    const chunks = [gz.subarray(0, 10), gz.subarray(10)].map((b) => b.toString('hex'));
    expect(harBodyText({ text: JSON.stringify(chunks), _isBinary: true }, 'gzip')).toBe(body);
  });

  it('base64 of an uncompressed body', () => {
    expect(harBodyText({ text: Buffer.from(body).toString('base64'), encoding: 'base64' })).toBe(body);
  });
});
