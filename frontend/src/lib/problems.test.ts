import i18n, { loadLanguage } from './i18n';
import { problemText, toFormErrors } from './problems';

const t = i18n.getFixedT('nb');

describe('toFormErrors', () => {
  it('puts each field message on its field, camelCased, and summarises', () => {
    const errors = toFormErrors(
      { status: 400, title: 'One or more fields are not valid.', code: 'validation', errors: { OrganisationNumber: ['Bad check digit.'], 'meetingRules.preferredMonths': ['1 to 12', 'twice'] } },
      t,
    );
    expect(errors.fields.organisationNumber).toBe('Bad check digit.');
    expect(errors.fields['meetingRules.preferredMonths']).toBe('1 to 12 twice');
    expect(errors.summary).toBe('Noen felt må rettes.');
  });

  it('uses our words for a known code', () => {
    expect(toFormErrors({ status: 409, title: 'Conflict.', code: 'duplicate_email' }, t).summary).toBe(
      'Det finnes allerede en person med denne e-postadressen.',
    );
  });

  it("never shows the server's English title or detail: an unknown code gets our general words", () => {
    expect(toFormErrors({ status: 409, title: 'Conflict.', detail: 'Something specific.', code: 'brand_new' }, t).summary).toBe('Noe gikk galt. Prøv igjen.');
    expect(toFormErrors({ status: 422, title: 'Unprocessable Entity' }, t).summary).toBe('Noe gikk galt. Prøv igjen.');
    expect(toFormErrors({}, t).summary).toBe('Noe gikk galt. Prøv igjen.');
  });

  it('says no answer came when the call failed before the API answered', () => {
    expect(toFormErrors(new TypeError('Failed to fetch'), t).summary).toBe('Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.');
    expect(toFormErrors('network down', t).summary).toBe('Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.');
  });

  it('words a refusal by its status when it carries no code of ours (a proxy, the authorisation middleware)', () => {
    expect(problemText({ status: 403, title: 'Forbidden' }, t)).toBe('Du har ikke lov til å gjøre dette.');
    expect(problemText({ status: 403, title: 'Forbidden', code: 'forbidden' }, t)).toBe('Du har ikke lov til å gjøre dette.');
    expect(problemText({ status: 401, title: 'Unauthorized' }, t)).toBe('Du må logge inn.');
    expect(problemText({ status: 404, title: 'Not Found' }, t)).toBe('Fant ikke dette, eller du har ikke tilgang.');
    expect(problemText({ status: 403, title: 'Forbidden' }, i18n.getFixedT('en'))).not.toBe('Forbidden');
  });

  it('says in our words that a request was too large, whoever refused it', () => {
    expect(toFormErrors({ status: 413 }, t).summary).toBe('Filen er for stor.');
    // Kestrel's own refusal arrives through our exception handler with the generic code and an English detail.
    expect(toFormErrors({ status: 413, code: 'bad_request', detail: 'Request body too large.' }, t).summary).toBe('Filen er for stor.');
  });

  it("words each field's code in Norwegian with its parameters, and says nothing English when the code is known", async () => {
    await loadLanguage('nn'); // fetched when chosen, not in the main bundle
    const errors = toFormErrors(
      {
        status: 400,
        code: 'validation',
        errors: { endsAt: ['The meeting must end after it starts.'], Name: ['The field Name must be a string with a maximum length of 200.'] },
        fieldErrors: { endsAt: [{ code: 'meeting_ends_before_start', params: {} }], name: [{ code: 'too_long', params: { max: 200 } }] },
      },
      t,
    );
    expect(errors.fields.endsAt).toBe('Møtet må slutte etter at det begynner.');
    expect(errors.fields.name).toBe('Høyst 200 tegn.');
    expect(toFormErrors({ status: 400, code: 'validation', errors: { name: ['Too long.'] }, fieldErrors: { name: [{ code: 'too_long', params: { max: 5 } }] } }, i18n.getFixedT('nn')).fields.name).toBe('Høgst 5 teikn.');
  });

  it("falls back to the server's message for a field code it does not know", () => {
    const errors = toFormErrors({ status: 400, code: 'validation', errors: { name: ['Something new.'] }, fieldErrors: { name: [{ code: 'brand_new_rule', params: {} }] } }, t);
    expect(errors.fields.name).toBe('Something new.');
  });

  it('words a rule code, and a generic status code only when the status says nothing more', () => {
    expect(toFormErrors({ status: 409, code: 'membership_ended' }, t).summary).toBe('Medlemskapet er avsluttet.');
    expect(toFormErrors({ status: 404, code: 'not_found' }, t).summary).toBe('Fant ikke dette, eller du har ikke tilgang.');
  });
});
