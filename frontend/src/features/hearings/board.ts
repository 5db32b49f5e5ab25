import { type HearingParty, type HearingPartyStatus, partyStatuses } from './types';

/** How many parties are in each status, every status named (0 too), in the board's order. */
export function countByStatus(parties: HearingParty[]): [HearingPartyStatus, number][] {
  return partyStatuses.map((s) => [s, parties.filter((p) => p.status === s).length]);
}

/** A party with a full answer: a response or *ingen merknader*. Declining is an answer too, but not a response. */
export const hasAnswered = (p: HearingParty) => p.status === 'Responded' || p.status === 'NoComments';

/** The filter of the board: one status, or those still to answer, or all. */
export type BoardFilter = HearingPartyStatus | 'waiting' | '';

export function filterParties(parties: HearingParty[], filter: BoardFilter): HearingParty[] {
  if (!filter) return parties;
  if (filter === 'waiting') return parties.filter((p) => p.status === 'Invited' || p.status === 'Opened' || p.status === 'ExtensionGranted');
  return parties.filter((p) => p.status === filter);
}

/** The filter as the address keeps it (?status=…), an unknown value read as none. */
export function readFilter(value: string | null): BoardFilter {
  return value === 'waiting' || partyStatuses.includes(value as HearingPartyStatus) ? (value as BoardFilter) : '';
}
