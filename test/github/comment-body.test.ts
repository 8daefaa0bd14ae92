import { describe, expect, it } from 'vitest';
import { commentBodies, MARKER, partOf, splitMarkdown } from '../../src/github/comment-body.ts';

/** The markdown a part carries, without vigil's marker lines and continuation notes. */
function content(body: string): string {
  return body.split('\n').filter((l) => !l.startsWith('<!-- vigil-plan') && !/^\*(vigil plan, continued|Continued in the next comment)/.test(l)).join('\n');
}

function fences(s: string): number {
  return s.split('\n').filter((l) => /^ {0,3}```/.test(l)).length;
}

describe('the plan comment body', () => {
  it('a short plan is one body: the marker, its part line, then the markdown', () => {
    expect(commentBodies('## vigil plan\n\n**No changes.**\n')).toEqual([`${MARKER}\n<!-- vigil-plan-part 1/1 -->\n## vigil plan\n\n**No changes.**\n`]);
  });

  it('recognises its own parts only by the first line, and keeps keyed comments apart', () => {
    const [body] = commentBodies('x');
    expect(partOf(body)).toEqual({ index: 1, total: 1 });
    expect(partOf(body, 'payments')).toBeUndefined();
    expect(partOf(commentBodies('x', { key: 'payments' })[0], 'payments')).toEqual({ index: 1, total: 1 });
    expect(partOf(`> quoting you:\n${body}`)).toBeUndefined();
    expect(partOf('<!-- vigil-plan -->\r\n<!-- vigil-plan-part 2/3 -->\r\nbody')).toEqual({ index: 2, total: 3 });
    expect(partOf(null)).toBeUndefined();
  });

  it('splits at blank lines between blocks, never inside a <details> block that fits', () => {
    const block = (i: number) => `<details>\n<summary>create <code>m-${i}</code></summary>\n\n${'x'.repeat(300)}\n\n</details>\n\n`;
    const md = Array.from({ length: 40 }, (_, i) => block(i)).join('');
    const chunks = splitMarkdown(md, 2000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(md);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(2000);
      expect(c.match(/<details>/g)?.length).toBe(c.match(/<\/details>/g)?.length);
    }
  });

  it('closes a code fence before a cut and reopens it after, when one block is too big', () => {
    const json = JSON.stringify(Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`k${i}`, 'v'.repeat(20)])), null, 2);
    const md = `before\n\n\`\`\`json\n${json}\n\`\`\`\n\nafter\n`;
    const chunks = splitMarkdown(md, 3000);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(3000);
      expect(fences(c) % 2).toBe(0);
    }
    // Dropping the added fences gives back every line of the original, in order.
    const lines = chunks.join('').split('\n').filter((l) => !/^```/.test(l));
    expect(lines).toEqual(md.split('\n').filter((l) => !/^```/.test(l)));
  });

  it('cuts a line longer than a whole part without splitting a character', () => {
    const md = '😀'.repeat(5000);
    const chunks = splitMarkdown(md, 1001);
    expect(chunks.join('')).toBe(md);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(1001);
    for (const c of chunks) expect(c).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('numbers the parts, keeps each within GitHub\'s 65,536 characters, and cuts with a note beyond maxParts', () => {
    const md = Array.from({ length: 3000 }, (_, i) => `| \`monitor-${i}\` | ${'y'.repeat(80)} |\n\n`).join('');
    const bodies = commentBodies(md);
    expect(bodies.length).toBeGreaterThan(3);
    bodies.forEach((b, i) => {
      expect(b.length).toBeLessThanOrEqual(65_536);
      expect(partOf(b)).toEqual({ index: i + 1, total: bodies.length });
    });
    expect(bodies.map(content).join('').replace(/\n+/g, '\n')).toBe(md.replace(/\n+/g, '\n'));
    const cut = commentBodies(md, { maxParts: 2 });
    expect(cut).toHaveLength(2);
    expect(cut[1]).toContain('is too long for 2 comments and was cut here');
    expect(cut[1]!.length).toBeLessThanOrEqual(65_536);
  });
});
