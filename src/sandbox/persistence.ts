// `--state FILE`: the sandbox's state survives restarts. Writes are debounced, serialized (one in flight at a time)
// and atomic (temp file + rename), so a crash mid-write never leaves a half-written file behind.
import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile, unlink } from 'node:fs/promises';

export interface PersistedState {
  version: 1;
  datadog?: unknown;
  pagerduty?: unknown;
}

export class StateFile {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private dirty = false;
  private seq = 0;

  constructor(
    readonly path: string,
    private readonly snapshot: () => PersistedState,
    private readonly debounceMs = 100,
  ) {}

  /** Reads the file if it exists. A file vigil cannot read is an error, never silently replaced. */
  load(): PersistedState | undefined {
    if (!existsSync(this.path)) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch (err) {
      throw new Error(`sandbox state file "${this.path}" is not valid JSON; move it away to start fresh`, { cause: err });
    }
    const version = (parsed as { version?: unknown } | null)?.version;
    if (version !== 1) {
      throw new Error(`sandbox state file "${this.path}" has version ${JSON.stringify(version)}; this vigil reads version 1`);
    }
    return parsed as PersistedState;
  }

  /** Notes a mutation; the write happens after `debounceMs` of quiet (or at `flush`). */
  markDirty(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.writeNow().catch(() => undefined); // errors resurface at flush()
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Writes any pending change and waits for it; used by close(). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing) await this.writing.catch(() => undefined);
    if (this.dirty) await this.writeNow();
  }

  private async writeNow(): Promise<void> {
    if (this.writing) {
      await this.writing.catch(() => undefined);
      if (!this.dirty) return;
    }
    this.dirty = false;
    const text = JSON.stringify(this.snapshot());
    const tmp = `${this.path}.${process.pid}.${++this.seq}.tmp`;
    this.writing = (async () => {
      try {
        await writeFile(tmp, text);
        await rename(tmp, this.path);
      } catch (err) {
        this.dirty = true;
        await unlink(tmp).catch(() => undefined);
        throw err;
      }
    })();
    try {
      await this.writing;
    } finally {
      this.writing = undefined;
    }
  }
}
