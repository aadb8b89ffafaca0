// How urgent an action is, and the result's groups by urgency. Its own file so that the rule
// builders (rule-helpers.ts) and the rule table (actions.ts) share it without importing each other.

export type Priority = 'urgent' | 'soon' | 'ongoing';

/** Urgent (today) first, then soon (this week), then ongoing (keep doing). */
export const PRIORITIES: readonly Priority[] = ['urgent', 'soon', 'ongoing'];

export interface PriorityGroup<A> {
  readonly priority: Priority;
  readonly actions: readonly A[];
}

/** Actions grouped by priority, most urgent first, keeping their order; empty groups left out. */
export function groupByPriority<A extends { readonly priority: Priority }>(
  actions: readonly A[],
): PriorityGroup<A>[] {
  return PRIORITIES.map((priority) => ({
    priority,
    actions: actions.filter((action) => action.priority === priority),
  })).filter((group) => group.actions.length > 0);
}
