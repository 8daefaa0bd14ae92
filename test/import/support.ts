import { rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import { isOwnershipTag } from '../../src/compile/ownership.ts';
import type { Sandbox } from '../../src/sandbox/server.ts';

/** What an import test sets up: a sandbox and a project folder, closed and removed after each test. */
export interface ImportTestState {
  sandbox?: Sandbox;
  project?: string;
}

/** Registers the clean-up; a test stores what it starts in the returned object. */
export function cleanedUpAfterEach(): ImportTestState {
  const state: ImportTestState = {};
  afterEach(async () => {
    await state.sandbox?.close();
    if (state.project) rmSync(state.project, { recursive: true, force: true });
    state.sandbox = undefined;
    state.project = undefined;
  });
  return state;
}

/** An object's tags without the ones vigil writes, sorted: what adoption must leave as it was. */
export function foreignTags(body: Record<string, unknown>): string[] {
  return ((body.tags as string[] | undefined) ?? []).filter((t) => !isOwnershipTag(t)).sort();
}
