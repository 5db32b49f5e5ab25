import { describe, expect, it } from 'vitest';
import { nextStep } from './nextStep';

const now = new Date('2027-06-01T10:00:00');
const base = { canManage: true, status: 'Called' as const, agendaChanged: false, minutesStatus: null, startsAt: '2027-06-10T12:00:00' };

describe('nextStep', () => {
  it('asks the secretariat to call a planned meeting', () => {
    expect(nextStep({ ...base, status: 'Planned' }, now)).toBe('call');
  });

  it('asks for nothing on a called meeting whose agenda is as sent, and to send it again once it changed', () => {
    expect(nextStep(base, now)).toBeNull();
    expect(nextStep({ ...base, agendaChanged: true }, now)).toBe('sendUpdate');
  });

  it('leads a held meeting through its minutes, and stops once they are published', () => {
    const held = { ...base, status: 'Held' as const, startsAt: '2027-05-10T12:00:00' };
    expect(nextStep(held, now)).toBe('startMinutes');
    expect(nextStep({ ...held, minutesStatus: 'Draft' }, now)).toBe('circulateMinutes');
    expect(nextStep({ ...held, minutesStatus: 'OnReview' }, now)).toBe('approveMinutes');
    expect(nextStep({ ...held, minutesStatus: 'Approved' }, now)).toBe('publishMinutes');
    expect(nextStep({ ...held, minutesStatus: 'Published' }, now)).toBeNull();
  });

  it('offers the minutes once a called meeting has begun, even with a changed agenda', () => {
    expect(nextStep({ ...base, agendaChanged: true, startsAt: '2027-06-01T09:00:00' }, now)).toBe('startMinutes');
  });

  it('offers nothing to readers or on a cancelled meeting', () => {
    expect(nextStep({ ...base, status: 'Planned', canManage: false }, now)).toBeNull();
    expect(nextStep({ ...base, status: 'Cancelled' }, now)).toBeNull();
  });
});
