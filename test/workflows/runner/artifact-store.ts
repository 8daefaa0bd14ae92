// Where the local runner's upload-artifact puts files and download-artifact finds them: artifacts of workflow runs,
// keyed by run id and name like GitHub's (v4: a name is unique within a run). The fake GitHub lists them through
// its REST endpoint, so a job finds another run's artifact the way it would on GitHub.
import { createHash } from 'node:crypto';
import type { FakeArtifact } from '../../github/fake-github.ts';

export interface StoredArtifact extends FakeArtifact {
  /** Path inside the artifact (POSIX separators) → content. */
  files: Map<string, Buffer>;
}

export interface UploadRequest {
  runId: number;
  name: string;
  files: Map<string, Buffer>;
  retentionDays: number;
  headBranch: string | null;
  headSha: string | null;
  overwrite: boolean;
}

export class ArtifactStore {
  private readonly artifacts: StoredArtifact[] = [];
  private nextId = 4_200_000_001;

  upload(req: UploadRequest): StoredArtifact {
    const existing = this.artifacts.findIndex((a) => a.runId === req.runId && a.name === req.name);
    if (existing >= 0) {
      if (!req.overwrite) {
        throw new Error(`Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`);
      }
      this.artifacts.splice(existing, 1);
    }
    const hash = createHash('sha256');
    for (const [path, content] of [...req.files].sort(([a], [b]) => a.localeCompare(b))) hash.update(path).update(content);
    const created = new Date();
    const artifact: StoredArtifact = {
      id: this.nextId++,
      name: req.name,
      sizeInBytes: [...req.files.values()].reduce((n, b) => n + b.length, 0),
      digest: `sha256:${hash.digest('hex')}`,
      runId: req.runId,
      headBranch: req.headBranch,
      headSha: req.headSha,
      createdAt: created.toISOString().replace(/\.\d+Z$/, 'Z'),
      expiresAt: new Date(created.getTime() + req.retentionDays * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      expired: false,
      files: new Map(req.files),
    };
    this.artifacts.push(artifact);
    return artifact;
  }

  /** The artifact a run uploaded under `name`, unless it expired. */
  find(runId: number, name: string): StoredArtifact | undefined {
    return this.artifacts.find((a) => a.runId === runId && a.name === name && !a.expired);
  }

  /** Every artifact of a run, unexpired. */
  ofRun(runId: number): StoredArtifact[] {
    return this.artifacts.filter((a) => a.runId === runId && !a.expired);
  }

  /** Every artifact, for the fake GitHub's list endpoint. */
  list(): readonly StoredArtifact[] {
    return this.artifacts;
  }

  /** Lets the retention period of an artifact run out. */
  expire(id: number): void {
    const a = this.artifacts.find((x) => x.id === id);
    if (!a) throw new Error(`no artifact ${id}`);
    a.expired = true;
  }
}
