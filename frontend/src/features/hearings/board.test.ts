import { countByStatus, readFilter } from './board';

describe('the status board filters', () => {
  it('names every status with the hearing\'s count, 0 for those it leaves out, in the board\'s order', () => {
    expect(countByStatus({ Responded: 2, Invited: 7 })).toEqual([
      ['Invited', 7], ['Opened', 0], ['Responded', 2], ['NoComments', 0], ['ExtensionGranted', 0], ['Declined', 0],
    ]);
    expect(countByStatus(undefined).every(([, n]) => n === 0)).toBe(true);
  });

  it('reads the filter from the address and ignores what it does not know', () => {
    expect(readFilter('Declined')).toBe('Declined');
    expect(readFilter('waiting')).toBe('waiting');
    expect(readFilter('nonsense')).toBe('');
    expect(readFilter(null)).toBe('');
  });
});
