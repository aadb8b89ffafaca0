// The result and the plain-text plan group actions by priority through groupByPriority.
import { recommend } from '../../flows/debt-collection/actions';
import { PRIORITIES, groupByPriority } from '../../flows/debt-collection/priorities';
import { routeCoveringSets } from '../support/route-coverage';

describe('groupByPriority', () => {
  it('puts urgent before soon before ongoing and leaves out empty groups', () => {
    const actions = [
      { id: 'a', priority: 'ongoing' },
      { id: 'b', priority: 'urgent' },
      { id: 'c', priority: 'ongoing' },
    ] as const;
    expect(groupByPriority(actions)).toEqual([
      { priority: 'urgent', actions: [actions[1]] },
      { priority: 'ongoing', actions: [actions[0], actions[2]] },
    ]);
    expect(groupByPriority([])).toEqual([]);
  });

  it('keeps every recommended action exactly once, in its own group, in table order', () => {
    for (const answers of routeCoveringSets()) {
      const actions = recommend(answers);
      const groups = groupByPriority(actions);
      expect(groups.flatMap((g) => g.actions)).toEqual(actions);
      for (const group of groups) {
        expect(PRIORITIES).toContain(group.priority);
        for (const action of group.actions) expect(action.priority).toBe(group.priority);
      }
    }
  });
});
