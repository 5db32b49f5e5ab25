import type { MeetingDetails } from '../../api/generated/types.gen';

/** What the secretariat should do next with a meeting: one step, led by the meeting's state and its minutes'. */
export type NextStep = 'call' | 'sendUpdate' | 'startMinutes' | 'circulateMinutes' | 'approveMinutes' | 'publishMinutes';

type State = Pick<MeetingDetails, 'canManage' | 'status' | 'agendaChanged' | 'minutesStatus' | 'startsAt'>;

/**
 * Before the meeting: call it, then send the agenda again when it changed. Once it has begun (held, or under way):
 * the minutes, step by step. Nothing for readers, for a cancelled meeting, or once the minutes are published.
 */
export function nextStep(m: State, now: Date = new Date()): NextStep | null {
  if (!m.canManage || m.status === 'Cancelled') return null;
  if (m.status === 'Planned') return 'call';
  // Meeting times are Oslo wall-clock times; the browser's clock is close enough to know whether it has begun.
  const begun = m.status === 'Held' || new Date(m.startsAt) <= now;
  if (!begun) return m.agendaChanged ? 'sendUpdate' : null;
  switch (m.minutesStatus) {
    case 'Draft': return 'circulateMinutes';
    case 'OnReview': return 'approveMinutes';
    case 'Approved': return 'publishMinutes';
    case 'Published': return null;
    default: return 'startMinutes';
  }
}
