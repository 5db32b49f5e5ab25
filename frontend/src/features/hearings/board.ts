import { type HearingParty, type HearingPartyStatus, partyStatuses } from './types';

/** How many parties are in each status (the hearing's counts), every status named (0 too), in the board's order. */
export function countByStatus(counts: Record<string, number> | undefined): [HearingPartyStatus, number][] {
  return partyStatuses.map((s) => [s, counts?.[s] ?? 0]);
}

/** A party with a full answer: a response or *ingen merknader*. Declining is an answer too, but not a response. */
export const hasAnswered = (p: HearingParty) => p.status === 'Responded' || p.status === 'NoComments';

/** The filter of the board: one status, or those still to answer, or all. */
export type BoardFilter = HearingPartyStatus | 'waiting' | '';

/** The filter as the address keeps it (?status=…), an unknown value read as none. */
export function readFilter(value: string | null): BoardFilter {
  return value === 'waiting' || partyStatuses.includes(value as HearingPartyStatus) ? (value as BoardFilter) : '';
}
