import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { QuestionDto } from '../../api/generated/types.gen';
import { AnswerForm } from './AnswerForm';

const questions: QuestionDto[] = [
  { id: 'q1', position: 1, kind: 'FreeText', text: 'Hva forventer dere?', options: [] },
  { id: 'q2', position: 2, kind: 'Scale', text: 'Hvor nyttig?', options: [] },
  { id: 'q3', position: 3, kind: 'Ranking', text: 'Ranger', options: ['Møter', 'Grupper', 'Høringer'] },
];

describe('AnswerForm', () => {
  it('sends every question in order, a scale as a number and a ranking moved with the keyboard', async () => {
    const onSave = vi.fn();
    render(<AnswerForm questions={questions} saved={null} disabled={false} pending={false} errors={null} onSave={onSave} idPrefix="t" />);
    await userEvent.type(screen.getByLabelText('1. Hva forventer dere?'), ' Mer samarbeid ');
    await userEvent.click(within(screen.getByRole('group', { name: /2\. Hvor nyttig\?/ })).getByRole('radio', { name: '4' }));
    screen.getByRole('button', { name: 'Flytt «Høringer» opp' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('«Høringer» er nå nummer 2 av 3.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lagre svaret' }));
    expect(onSave).toHaveBeenCalledWith([
      { questionId: 'q1', value: 'Mer samarbeid' },
      { questionId: 'q2', value: 4 },
      { questionId: 'q3', value: ['Møter', 'Høringer', 'Grupper'] },
    ]);
  });

  it('says who saved last, and puts a field error under its question', () => {
    render(<AnswerForm questions={questions} idPrefix="t" disabled={false} pending={false} onSave={vi.fn()}
      saved={{ party: { id: 'o', name: 'LO', kind: 'PerOrganisation' }, revision: 2, updatedAt: '2027-06-01T08:05:00Z', updatedByName: 'Dag Berge', answers: [] }}
      errors={{ summary: 'Noe er feil', fields: { 'answers[1].value': 'Et tall fra 1 til 5.' } }} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Sist lagret av Dag Berge/);
    expect(within(screen.getByRole('group', { name: /2\. Hvor nyttig\?/ })).getByText('Et tall fra 1 til 5.')).toBeTruthy();
  });
});
