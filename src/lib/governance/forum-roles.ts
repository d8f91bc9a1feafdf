import type { Forum } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';

/** The forums a role chairs and those it sits on as a member. */
export interface ForumSeats {
  chairs: Entry<Forum>[];
  memberOf: Entry<Forum>[];
}

/** Roles that sit on a forum: the chair first, then the members, each once. */
export function forumRoleIds(forum: Forum): string[] {
  return [...new Set([forum.chair, ...forum.members])];
}

/**
 * Steps from a forum to the top of the escalation structure (0 for the top). A loop, which
 * the content checker reports as an error, stops the walk instead of hanging it.
 */
export function escalationDepth(forumId: string, escalatesTo: Map<string, string | undefined>): number {
  const seen = new Set<string>([forumId]);
  let next = escalatesTo.get(forumId);
  while (next !== undefined && escalatesTo.has(next) && !seen.has(next)) {
    seen.add(next);
    next = escalatesTo.get(next);
  }
  return seen.size - 1;
}

/** Forums from the top of the escalation structure down, then by title. */
export function orderForums(forums: Entry<Forum>[]): Entry<Forum>[] {
  const escalatesTo = new Map(forums.map((forum) => [forum.id, forum.data.escalatesTo]));
  const depth = new Map(forums.map((forum) => [forum.id, escalationDepth(forum.id, escalatesTo)]));
  return [...forums].sort((a, b) => depth.get(a.id)! - depth.get(b.id)! || a.data.title.localeCompare(b.data.title));
}

/** For each role, the forums it chairs and the ones it is a member of, in forum order. */
export function forumsByRole(forums: Entry<Forum>[]): Map<string, ForumSeats> {
  const seats = new Map<string, ForumSeats>();
  const seatsOf = (roleId: string) => {
    const existing = seats.get(roleId);
    if (existing) return existing;
    const created: ForumSeats = { chairs: [], memberOf: [] };
    seats.set(roleId, created);
    return created;
  };
  for (const forum of orderForums(forums)) {
    seatsOf(forum.data.chair).chairs.push(forum);
    for (const member of new Set(forum.data.members)) {
      if (member !== forum.data.chair) seatsOf(member).memberOf.push(forum);
    }
  }
  return seats;
}
