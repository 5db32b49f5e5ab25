import i18n from '../../lib/i18n';
import { readHearingForm } from './HearingForm';

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};
const t = i18n.t.bind(i18n) as (key: string) => string;

describe('the hearing form', () => {
  it('reads Oslo times as UTC, one section per line, and the reminder days', () => {
    const { input } = readHearingForm(form({
      title: 'Regionale strategier', opensAt: '2021-03-28T09:00', closesAt: '2021-04-20T23:59', sections: 'Mål\n\n Tiltak ', reminderDays: '7, 2',
      publishResponses: 'on',
    }), t);
    expect(input).toMatchObject({
      title: 'Regionale strategier', opensAt: '2021-03-28T07:00:00.000Z', closesAt: '2021-04-20T21:59:00.000Z', sections: ['Mål', 'Tiltak'],
      reminderDays: [7, 2], publishResponses: true,
    });
  });

  it('refuses a hearing that closes before it opens, naming the field', () => {
    const { errors } = readHearingForm(form({ title: 'X', opensAt: '2021-04-20T12:00', closesAt: '2021-03-28T12:00' }), t);
    expect(errors?.fields).toEqual({ closesAt: 'Fristen må være etter at høringen åpner.' });
  });
});
