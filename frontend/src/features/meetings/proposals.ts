import type { MeetingFormat, PlannedMeetingDto } from '../../api/generated/types.gen';

/** A proposal being edited: the form's values, and a key that stays with it while others are added or removed. */
export type ProposalDraft = {
  key: string;
  date: string;
  start: string;
  end: string;
  format: MeetingFormat;
  location: string;
  videoUrl: string;
  isOpen: boolean;
};

let counter = 0;
const nextKey = () => `proposal-${++counter}`;

export function toDraft(p: PlannedMeetingDto): ProposalDraft {
  return {
    key: nextKey(),
    date: p.date,
    start: p.startsAt.slice(0, 5),
    end: p.endsAt.slice(0, 5),
    format: p.format,
    location: p.location ?? '',
    videoUrl: p.videoUrl ?? '',
    isOpen: p.isOpen ?? false,
  };
}

/** A new proposal starts at the times of the last one, so a plan of 12.00–14.00 meetings stays that way. */
export function newDraft(last: ProposalDraft | undefined): ProposalDraft {
  return { key: nextKey(), date: '', start: last?.start ?? '12:00', end: last?.end ?? '14:00', format: 'Digital', location: '', videoUrl: '', isOpen: false };
}

/** The request body: times with seconds as the API writes them, and an empty place or link as none. */
export function toRequest(drafts: ProposalDraft[]): PlannedMeetingDto[] {
  const time = (value: string) => (value.length === 5 ? `${value}:00` : value);
  return drafts.map((d) => ({
    date: d.date,
    startsAt: time(d.start),
    endsAt: time(d.end),
    format: d.format,
    location: d.location.trim() || null,
    videoUrl: d.videoUrl.trim() || null,
    isOpen: d.isOpen,
  }));
}

/** Whether the drafts say something other than the saved plan. */
export function isDirty(drafts: ProposalDraft[], saved: PlannedMeetingDto[]): boolean {
  return JSON.stringify(toRequest(drafts)) !== JSON.stringify(toRequest(saved.map(toDraft)));
}
