import { osloNow } from './meetingTime';

describe('osloNow', () => {
  it('is the wall-clock time in Oslo, in summer and in winter, whatever the browser zone', () => {
    expect(osloNow(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01T00:30:00');
    expect(osloNow(new Date('2027-01-15T08:05:09Z'))).toBe('2027-01-15T09:05:09');
  });
});
