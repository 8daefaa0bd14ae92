// Creates or updates vigil's one plan comment on a pull request, in place, whatever else was said on the thread.
import type { GitHubClient } from './api.ts';
import { commentBodies, partOf, type CommentOptions } from './comment-body.ts';

/** The fields of GitHub's issue-comment object that vigil reads. */
export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
}

export interface StickyResult {
  parts: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** Link to the first part. */
  url: string;
}

export interface StickyTarget {
  repository: string;
  pullRequest: number;
}

/**
 * Posts `markdown` as vigil's comment: finds the existing parts by their marker (reading every page of comments),
 * updates those whose text changed, creates the missing ones in order, then deletes parts left over from a longer
 * plan and duplicates left by a race. Unchanged parts are not touched, so a re-run sends nobody a notification.
 */
export async function upsertStickyComment(gh: GitHubClient, target: StickyTarget, markdown: string, options: CommentOptions = {}): Promise<StickyResult> {
  const bodies = commentBodies(markdown, options);
  const repo = target.repository.split('/').map(encodeURIComponent).join('/');
  const comments = await gh.listAll<IssueComment>(`repos/${repo}/issues/${target.pullRequest}/comments?per_page=100`);
  // GitHub lists comments oldest first: keep the oldest of each part index, the rest are leftovers.
  const existing = new Map<number, IssueComment>();
  const leftovers: IssueComment[] = [];
  for (const c of comments) {
    const part = partOf(c.body, options.key);
    if (!part) continue;
    if (part.index > bodies.length || existing.has(part.index)) leftovers.push(c);
    else existing.set(part.index, c);
  }
  const result: StickyResult = { parts: bodies.length, created: 0, updated: 0, unchanged: 0, deleted: 0, url: '' };
  for (const [i, body] of bodies.entries()) {
    const old = existing.get(i + 1);
    let url: string;
    if (old && (old.body ?? '').replace(/\r\n/g, '\n') === body) {
      result.unchanged++;
      url = old.html_url;
    } else if (old) {
      url = (await gh.request<IssueComment>('PATCH', `repos/${repo}/issues/comments/${old.id}`, { body })).data.html_url;
      result.updated++;
    } else {
      url = (await gh.request<IssueComment>('POST', `repos/${repo}/issues/${target.pullRequest}/comments`, { body })).data.html_url;
      result.created++;
    }
    if (i === 0) result.url = url;
  }
  for (const c of leftovers) {
    await gh.request('DELETE', `repos/${repo}/issues/comments/${c.id}`);
    result.deleted++;
  }
  return result;
}
