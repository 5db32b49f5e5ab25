import type {
  ExemptionBasis, HearingDocumentDto, HearingDto, HearingPartyDto, HearingPartyStatus, HearingRequest, HearingSectionDto, HearingSummaryDto,
  MyHearingDto, PartyViewDto, PublicHearingDto, SideBySideDto, SubmitHearingResponse,
} from '../../api/generated/types.gen';

// The generated hearing types under the short names the screens use.
export type { ExemptionBasis, HearingPartyStatus };
export type Hearing = HearingDto;
export type HearingSection = HearingSectionDto;
export type HearingDocument = HearingDocumentDto;
export type HearingSummary = HearingSummaryDto;
/** A party, with the reminders sent to it (count and the last one's time). */
export type HearingParty = HearingPartyDto;
export type MyHearing = MyHearingDto;
export type PartyView = PartyViewDto;
export type SideBySide = SideBySideDto;
export type PublicHearing = PublicHearingDto;
export type SubmitResponse = SubmitHearingResponse;
export type HearingInput = HearingRequest;

export const partyStatuses: HearingPartyStatus[] = ['Invited', 'Opened', 'Responded', 'NoComments', 'ExtensionGranted', 'Declined'];
export const exemptionBases: ExemptionBasis[] = ['Offl13', 'Offl14', 'Offl15', 'Offl23', 'Offl24', 'Offl26', 'Offl5a'];
