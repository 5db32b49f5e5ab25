import type { ExemptionBasis, HearingSection, SubmitResponse } from './types';

/** What the respond form holds. */
export type ResponseValues = {
  kind: 'response' | 'noComments';
  text: string;
  sections: Record<string, string>;
  exempt: boolean;
  exemptBasis: ExemptionBasis | '';
};

export function emptyValues(): ResponseValues {
  return { kind: 'response', text: '', sections: {}, exempt: false, exemptBasis: '' };
}

/**
 * The answer to send, or the fields to fix: a response needs some text (as a whole or to a section); *ingen merknader*
 * is a full answer without any; an exempt answer names its legal basis.
 */
export function validateResponse(values: ResponseValues, sections: HearingSection[]):
  { body: SubmitResponse; fields?: undefined } | { body?: undefined; fields: Record<string, 'textRequired' | 'basisRequired'> } {
  const fields: Record<string, 'textRequired' | 'basisRequired'> = {};
  const sectionTexts = sections.map((s) => ({ sectionId: s.id, text: (values.sections[s.id] ?? '').trim() })).filter((s) => s.text);
  const text = values.text.trim();
  if (values.kind === 'response' && !text && sectionTexts.length === 0) fields.text = 'textRequired';
  if (values.exempt && !values.exemptBasis) fields.exemptBasis = 'basisRequired';
  if (Object.keys(fields).length > 0) return { fields };
  const exemptBasis = values.exempt && values.exemptBasis ? values.exemptBasis : null;
  if (values.kind === 'noComments') return { body: { noComments: true, text: null, sections: [], exemptBasis } };
  return { body: { noComments: false, text: text || null, sections: sectionTexts, exemptBasis } };
}
