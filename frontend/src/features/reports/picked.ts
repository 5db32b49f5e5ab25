import type { ReportCandidates, ReportDetail } from '../../api/generated/types.gen';

/** What of the period goes into the report: the ids picked in each group, and whether attendance per organisation does. */
export type Picked = {
  minutesIds: string[];
  decisionEntryIds: string[];
  actionItemIds: string[];
  hearingIds: string[];
  inputRoundIds: string[];
  includeAttendance: boolean;
};

export type PickedGroup = Exclude<keyof Picked, 'includeAttendance'>;

export const groups: readonly PickedGroup[] = ['minutesIds', 'decisionEntryIds', 'actionItemIds', 'hearingIds', 'inputRoundIds'];

export const nothingPicked: Picked = {
  minutesIds: [], decisionEntryIds: [], actionItemIds: [], hearingIds: [], inputRoundIds: [], includeAttendance: false,
};

export function pickedOf(report: ReportDetail): Picked {
  return {
    minutesIds: report.minutesIds, decisionEntryIds: report.decisionEntryIds, actionItemIds: report.actionItemIds,
    hearingIds: report.hearingIds, inputRoundIds: report.inputRoundIds, includeAttendance: report.includeAttendance,
  };
}

/** The ids each group offers for the period. */
export function candidateIds(candidates: ReportCandidates): Record<PickedGroup, string[]> {
  return {
    minutesIds: candidates.minutes.map((m) => m.meetingId),
    decisionEntryIds: candidates.decisions.map((d) => d.entryId),
    actionItemIds: candidates.actionItems.map((a) => a.id),
    hearingIds: candidates.hearings.map((h) => h.id),
    inputRoundIds: candidates.inputRounds.map((r) => r.id),
  };
}

/**
 * Only what the period still offers: a period made shorter drops what fell outside it, instead of a save refused for
 * ids the user can no longer see on the screen.
 */
export function withinCandidates(picked: Picked, candidates: ReportCandidates | undefined): Picked {
  if (!candidates) return picked;
  const offered = candidateIds(candidates);
  const keep = (group: PickedGroup) => picked[group].filter((id) => offered[group].includes(id));
  return {
    minutesIds: keep('minutesIds'), decisionEntryIds: keep('decisionEntryIds'), actionItemIds: keep('actionItemIds'),
    hearingIds: keep('hearingIds'), inputRoundIds: keep('inputRoundIds'), includeAttendance: picked.includeAttendance,
  };
}

/** One id ticked or unticked. */
export function toggle(picked: Picked, group: PickedGroup, id: string, on: boolean): Picked {
  const rest = picked[group].filter((x) => x !== id);
  return { ...picked, [group]: on ? [...rest, id] : rest };
}

/** "Select all" of a group: all of its ids ticked, or all unticked. */
export function toggleAll(picked: Picked, group: PickedGroup, ids: string[], on: boolean): Picked {
  const rest = picked[group].filter((x) => !ids.includes(x));
  return { ...picked, [group]: on ? [...rest, ...ids] : rest };
}
