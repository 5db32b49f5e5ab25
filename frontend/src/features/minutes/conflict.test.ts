import { aMinutes } from '../../testing/minutes';
import { theirMinutes } from './conflict';

describe('theirMinutes', () => {
  it('gives the minutes someone else saved, from a stale save', () => {
    const current = aMinutes({ version: 7 });
    expect(theirMinutes({ status: 409, code: 'minutes_conflict', currentVersion: 7, current })).toBe(current);
  });

  it('gives nothing for a rule that refused the change, or a field error', () => {
    expect(theirMinutes({ status: 409, code: 'minutes_not_draft' })).toBeUndefined();
    expect(theirMinutes({ status: 400, code: 'validation', errors: { deadline: ['In the past.'] } })).toBeUndefined();
  });
});
