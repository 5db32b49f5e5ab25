import type { StartItem, StartItemKind } from '../../api/generated/types.gen';

/** Where an entry is done: the meeting to answer or to send papers for, the minutes to comment on, the list to act in. */
export function entryPath(item: StartItem): string {
  const meeting = item.meeting?.id;
  switch (item.kind) {
    case 'Invitation':
    case 'PapersDue':
      return meeting ? `/moter/${meeting}` : `/organer/${item.body.id}`;
    case 'MinutesReview':
      return meeting ? `/moter/${meeting}/referat` : `/organer/${item.body.id}`;
    case 'ActionItem':
      return '/mine-oppfolgingspunkter';
    case 'NominationToDecide':
    case 'NominationPending':
      return '/nominasjoner';
    case 'HearingToAnswer':
      // The id is the hearing's: its respond page.
      return `/horinger/${item.id}/svar`;
    case 'InputRoundToAnswer':
      return `/innspill/${item.id}`;
    case 'ReportToTreat':
      // The id is the report's: the committee's statement is recorded on its page.
      return `/rapporter/${item.id}`;
    default:
      // A kind this build does not know yet (the API adds kinds): its body is the way in.
      return `/organer/${item.body.id}`;
  }
}

/** The full list behind a section, for when it holds more than the page shows. */
export function sectionPath(kind: StartItemKind): string | null {
  switch (kind) {
    case 'Invitation':
      return '/mine-moter';
    case 'ActionItem':
      return '/mine-oppfolgingspunkter';
    case 'NominationToDecide':
    case 'NominationPending':
      return '/nominasjoner';
    case 'HearingToAnswer':
      return '/til-behandling';
    default:
      return null;
  }
}

const known: readonly string[] = ['Invitation', 'PapersDue', 'MinutesReview', 'ActionItem', 'NominationToDecide', 'NominationPending', 'HearingToAnswer', 'InputRoundToAnswer', 'ReportToTreat'];

/** Whether this build has words for the kind; others are shown as a plain link to their body. */
export function isKnownKind(kind: string): kind is StartItemKind {
  return known.includes(kind);
}

/** The words for a kind's heading or line: the committee's kinds are worded in the committee section of the locales. */
export function textKey(part: 'section' | 'what', kind: StartItemKind): string {
  if (kind === 'ReportToTreat') return part === 'section' ? 'committee.startSection' : 'committee.startWhat';
  return `start.${part}.${kind}`;
}
