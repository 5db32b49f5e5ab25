// The hearing shapes of the API contract (/tmp/h/hearings-api.md), until the generated client has them.
export type HearingState = 'Draft' | 'Open' | 'Closed' | 'Summarised' | 'SentToPoliticalTreatment';
export type HearingPartyKind = 'Organisation' | 'Body' | 'Person';
export type HearingPartyStatus = 'Invited' | 'Opened' | 'Responded' | 'NoComments' | 'ExtensionGranted' | 'Declined';
export type ExemptionBasis = 'Offl13' | 'Offl14' | 'Offl15' | 'Offl23' | 'Offl24' | 'Offl26' | 'Offl5a';

export const partyStatuses: HearingPartyStatus[] = ['Invited', 'Opened', 'Responded', 'NoComments', 'ExtensionGranted', 'Declined'];
export const exemptionBases: ExemptionBasis[] = ['Offl13', 'Offl14', 'Offl15', 'Offl23', 'Offl24', 'Offl26', 'Offl5a'];

export type HearingSection = { id: string; position: number; title: string };
export type HearingDocument = {
  id: string; documentKey: string; version: number; fileName: string; contentType: string; size: number; uploadedAt: string; isLatest: boolean;
};
export type Hearing = {
  id: string; bodyId: string; bodyName: string; title: string; concerns?: string | null; description?: string | null; slug: string;
  opensAt: string; closesAt: string; publishResponses: boolean; reminderDays: number[]; state: HearingState;
  sections: HearingSection[]; documents: HearingDocument[]; summary?: string | null; canManage: boolean;
  partyCounts: Partial<Record<HearingPartyStatus, number>>;
};
export type HearingSummary = { id: string; bodyId: string; bodyName: string; title: string; state: HearingState; opensAt: string; closesAt: string; slug: string };
export type HearingParty = {
  id: string; kind: HearingPartyKind; name: string; organisationId?: string | null; bodyId?: string | null; email?: string | null;
  status: HearingPartyStatus; deadline: string; extendedTo?: string | null; invitedAt?: string | null; openedAt?: string | null;
  respondedAt?: string | null; exempt: boolean; remindersSent?: number | null;
};
export type Attachment = { id: string; fileName: string; contentType: string; size: number };
export type HearingResponse = {
  partyId: string; noComments: boolean; text?: string | null; sections: { sectionId: string; text: string }[];
  exemptBasis: ExemptionBasis | null; attachments: Attachment[]; revisions: { by: string; at: string }[]; submittedAt: string;
};
export type MyHearing = { hearingId: string; title: string; bodyName: string; partyId: string; partyName: string; deadline: string; state: HearingState; status: HearingPartyStatus };
export type PartyView = { hearing: Hearing; party: HearingParty; response: HearingResponse | null; canRespond: boolean };
export type SideBySide = {
  sections: { id: string | null; title: string }[];
  parties: { partyId: string; name: string; status: HearingPartyStatus; exemptBasis: ExemptionBasis | null; texts: (string | null)[]; noComments: boolean }[];
};
export type PublicHearing = {
  slug: string; title: string; concerns?: string | null; description?: string | null; bodyName: string; state: HearingState;
  opensAt: string; closesAt: string; documents: { id: string; fileName: string; contentType: string; size: number; version: number }[];
  howToAnswer: string; responses: { partyName: string; noComments: boolean; text?: string | null; sections: { title: string; text: string }[] }[];
};
export type SubmitResponse = { noComments: boolean; text?: string | null; sections?: { sectionId: string; text: string }[]; exemptBasis?: ExemptionBasis | null };
export type HearingInput = {
  title: string; concerns?: string | null; description?: string | null; opensAt: string; closesAt: string; publishResponses: boolean;
  sections?: string[]; reminderDays?: number[];
};
