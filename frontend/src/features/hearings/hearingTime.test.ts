import { osloInput, utcFromOslo } from './hearingTime';

describe('hearing times', () => {
  it('reads and writes Oslo wall-clock times on both sides of summer time', () => {
    expect(utcFromOslo('2021-03-28T12:00')).toBe('2021-03-28T10:00:00.000Z');
    expect(utcFromOslo('2021-01-10T12:00')).toBe('2021-01-10T11:00:00.000Z');
    expect(osloInput('2021-04-20T21:59:00Z')).toBe('2021-04-20T23:59');
    expect(utcFromOslo('')).toBeNull();
    // A time the API sends without its zone is UTC all the same.
    expect(osloInput('2021-04-20T21:59:00')).toBe('2021-04-20T23:59');
  });
});
