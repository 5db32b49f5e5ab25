import { emptyValues, validateResponse } from './respond';

const sections = [{ id: 's1', position: 1, title: 'Mål' }, { id: 's2', position: 2, title: 'Tiltak' }];

describe('the respond form validation', () => {
  it('asks for some text in a response, as a whole or to a section', () => {
    expect(validateResponse(emptyValues(), sections).fields).toEqual({ text: 'textRequired' });
    const body = validateResponse({ ...emptyValues(), sections: { s2: ' Flere lærlingplasser. ', s1: '  ' } }, sections).body;
    expect(body).toEqual({ noComments: false, text: null, sections: [{ sectionId: 's2', text: 'Flere lærlingplasser.' }], exemptBasis: null });
  });

  it('takes ingen merknader as a full answer, without text, and drops text typed before choosing it', () => {
    expect(validateResponse({ ...emptyValues(), kind: 'noComments', text: 'utkast' }, sections).body)
      .toEqual({ noComments: true, text: null, sections: [], exemptBasis: null });
  });

  it('asks for the legal basis of an exempt answer and sends it', () => {
    expect(validateResponse({ ...emptyValues(), text: 'Svar', exempt: true }, []).fields).toEqual({ exemptBasis: 'basisRequired' });
    expect(validateResponse({ ...emptyValues(), text: 'Svar', exempt: true, exemptBasis: 'Offl13' }, []).body?.exemptBasis).toBe('Offl13');
    // Unticked, a basis chosen earlier is not sent.
    expect(validateResponse({ ...emptyValues(), text: 'Svar', exempt: false, exemptBasis: 'Offl13' }, []).body?.exemptBasis).toBeNull();
  });
});
