#!/usr/bin/env node
// The CLI entry: dist/ is built by `npm ci` (the prepare script) or `npm run build`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('vigil: dist/ is missing. Run "npm ci" (or "npm run build") in the vigil checkout first.\n');
  process.exit(1);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
