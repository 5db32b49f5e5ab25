import i18n from '../../lib/i18n';
import { clock, meetingWhen } from './meetingFormat';

describe('meeting times', () => {
  beforeAll(() => i18n.changeLanguage('nb'));

  it('shows the Oslo wall-clock time as written, with or without the "Z" the API adds', () => {
    expect(meetingWhen('2027-02-11T12:00:00', '2027-02-11T14:00:00')).toBe('torsdag 11. februar 2027, 12.00–14.00');
    expect(meetingWhen('2027-02-11T12:00:00Z', '2027-02-11T14:00:00Z')).toBe('torsdag 11. februar 2027, 12.00–14.00');
  });

  it('keeps a late evening meeting on its own day in any browser zone', () => {
    expect(meetingWhen('2027-06-30T23:30:00Z', '2027-06-30T23:59:00Z')).toBe('onsdag 30. juni 2027, 23.30–23.59');
  });

  it('writes the clock the Norwegian way, and the English way in English', async () => {
    expect(clock('2027-02-11T09:05:00')).toBe('09.05');
    await i18n.changeLanguage('en');
    expect(clock('2027-02-11T09:05:00')).toBe('09:05');
    await i18n.changeLanguage('nb');
  });
});
