import { countByStatus, filterParties, readFilter } from './board';
import { aParty as party } from './testData';
const parties = [party('NHO', 'Responded'), party('LO', 'NoComments'), party('KS', 'Invited'), party('NAV', 'ExtensionGranted'), party('UiA', 'Declined'), party('Virke', 'Opened')];

describe('the status board filters', () => {
  it('counts every status, none left out', () => {
    expect(Object.fromEntries(countByStatus(parties))).toEqual({ Invited: 1, Opened: 1, Responded: 1, NoComments: 1, ExtensionGranted: 1, Declined: 1 });
  });

  it('filters by one status, by those still to answer, or not at all', () => {
    expect(filterParties(parties, 'NoComments').map((p) => p.name)).toEqual(['LO']);
    expect(filterParties(parties, 'waiting').map((p) => p.name)).toEqual(['KS', 'NAV', 'Virke']);
    expect(filterParties(parties, '')).toHaveLength(6);
  });

  it('reads the filter from the address and ignores what it does not know', () => {
    expect(readFilter('Declined')).toBe('Declined');
    expect(readFilter('waiting')).toBe('waiting');
    expect(readFilter('nonsense')).toBe('');
    expect(readFilter(null)).toBe('');
  });
});
