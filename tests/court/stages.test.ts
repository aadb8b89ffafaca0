// Which stage the court screen opens at: the furthest of the plan's lawsuit actions, and of the
// dates kept; every lawsuit action of the rule table leads there.
import { ACTION_IDS } from '../../flows/debt-collection/actions';
import {
  furthestStage,
  isCourtAction,
  STAGE_FOR_ACTION,
  stageOfActions,
  stageOfDates,
} from '../../flows/court/stages';
import { parseCourtDates } from '../../flows/court/court-dates';

describe('court stages', () => {
  it('names only actions of the rule table', () => {
    const ids: readonly string[] = ACTION_IDS;
    expect(Object.keys(STAGE_FOR_ACTION).filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.filter(isCourtAction).sort()).toEqual(
      ['comply_with_judgment', 'respond_to_lawsuit', 'verify_lawsuit'].sort(),
    );
  });

  it('opens at the furthest stage the actions point to', () => {
    expect(stageOfActions(['keep_records'])).toBeNull();
    expect(stageOfActions(['verify_lawsuit', 'keep_records'])).toBe('threatened');
    expect(stageOfActions(['respond_to_lawsuit', 'verify_lawsuit'])).toBe('sued');
    expect(stageOfActions(['verify_lawsuit', 'comply_with_judgment'])).toBe('judged');
  });

  it('takes the furthest of the answers and the dates', () => {
    expect(furthestStage([null, null])).toBeNull();
    expect(furthestStage(['enforcement', 'judged'])).toBe('enforcement');
    expect(furthestStage([null, 'sued'])).toBe('sued');
    const dates = (text: string) => {
      const read = parseCourtDates(JSON.parse(text));
      if (!read.ok) throw new Error(text);
      return read.dates;
    };
    expect(stageOfDates(dates('{}'))).toBeNull();
    expect(stageOfDates(dates('{"hearing":"2027-01-05"}'))).toBe('sued');
    expect(stageOfDates(dates('{"hearing":"2027-01-05","judgment_received":"2027-02-01"}'))).toBe(
      'judged',
    );
  });
});
