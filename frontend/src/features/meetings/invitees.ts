import type { InvitationDto, Rsvp } from '../../api/generated/types.gen';

export const answers: Rsvp[] = ['Accepted', 'Tentative', 'Declined', 'NoAnswer'];

/** How many of those still invited gave each answer. A deputy stood down because the representative comes is not counted. */
export function countAnswers(invitations: InvitationDto[]): Record<Rsvp, number> {
  const counts: Record<Rsvp, number> = { Accepted: 0, Tentative: 0, Declined: 0, NoAnswer: 0 };
  for (const i of invitations) if (i.active) counts[i.answer]++;
  return counts;
}

/** The deputy who stands in for a representative that declined: the one called in for the seat who has not declined. */
export function standIn(representative: InvitationDto, invitations: InvitationDto[]): InvitationDto | undefined {
  if (representative.role !== 'Representative' || representative.answer !== 'Declined' || !representative.seatId) return undefined;
  return invitations.find((i) => i.seatId === representative.seatId && i.role === 'Deputy' && i.active && i.answer !== 'Declined');
}

/** For whom a deputy stands in. */
export function representativeOf(deputy: InvitationDto, invitations: InvitationDto[]): InvitationDto | undefined {
  if (deputy.role !== 'Deputy' || !deputy.seatId) return undefined;
  return invitations.find((i) => i.seatId === deputy.seatId && i.role === 'Representative');
}

/**
 * Whether the secretariat recorded the answer for the person (a phone call). The API says who recorded an answer
 * only as free text, "sekretariat@example.org (for <person id>)"; this reads that text.
 */
export function answeredOnBehalf(i: InvitationDto): boolean {
  return !!i.answeredBy && i.answeredBy.includes(' (for ');
}
