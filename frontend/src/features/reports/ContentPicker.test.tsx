import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { ReportCandidates } from '../../api/generated/types.gen';
import { ContentPicker } from './ContentPicker';
import { nothingPicked, type Picked, withinCandidates } from './picked';

const candidates: ReportCandidates = {
  minutes: [
    { meetingId: 'm1', title: 'Oppstartsmøte', startsAt: '2021-03-17T12:00:00', publishedAt: '2021-04-01T08:00:00Z' },
    { meetingId: 'm2', title: 'Arbeidsmøte', startsAt: '2021-05-11T12:00:00', publishedAt: '2021-06-01T08:00:00Z' },
  ],
  decisions: [{ entryId: 'e1', meetingId: 'm1', caseNumber: '3/21', title: 'Mandat', decision: 'Mandatet vedtas.' }],
  actionItems: [{ id: 'a1', caseNumber: '3/21', what: 'Sende mandatet til utvalgene', status: 'Done', dueOn: '2021-04-15' }],
  hearings: [],
  inputRounds: [{ id: 'r1', title: 'Forventningsrunde', hasSummary: true }],
  committees: [{ id: 'c1', name: 'Yrkesopplæringsnemnda', isDefault: true }],
};

/** The picker as a page holds it, with what is picked shown for the test to read. */
function Harness({ initial = nothingPicked }: { initial?: Picked }) {
  const [picked, setPicked] = useState(initial);
  return (
    <>
      <ContentPicker candidates={candidates} picked={picked} onChange={setPicked} />
      <output aria-label="picked">{JSON.stringify(picked)}</output>
    </>
  );
}
const picked = (): Picked => JSON.parse(screen.getByLabelText('picked').textContent!);

describe('ContentPicker', () => {
  it('groups the period\'s content, each with "select all" that ticks and unticks the whole group', async () => {
    render(<Harness />);
    const minutes = screen.getByRole('group', { name: 'Publiserte referater' });
    expect(within(minutes).getAllByRole('checkbox').map((c) => c.getAttribute('aria-label') ?? c.closest('.ds-field')?.textContent))
      .toHaveLength(3);
    await userEvent.click(within(minutes).getByRole('checkbox', { name: 'Velg alle (2)' }));
    expect(picked().minutesIds.sort()).toEqual(['m1', 'm2']);
    expect((within(minutes).getByRole('checkbox', { name: 'Oppstartsmøte' }) as HTMLInputElement).checked).toBe(true);
    // Another group is untouched.
    expect(picked().decisionEntryIds).toEqual([]);
    await userEvent.click(within(minutes).getByRole('checkbox', { name: 'Velg alle (2)' }));
    expect(picked().minutesIds).toEqual([]);
  });

  it('shows "select all" as partly ticked when some of a group is picked, and a click then ticks the rest', async () => {
    render(<Harness initial={{ ...nothingPicked, minutesIds: ['m2'] }} />);
    const all = within(screen.getByRole('group', { name: 'Publiserte referater' })).getByRole('checkbox', { name: 'Velg alle (2)' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    expect(all.checked).toBe(false);
    await userEvent.click(all);
    expect(picked().minutesIds.sort()).toEqual(['m1', 'm2']);
    expect(all.indeterminate).toBe(false);
  });

  it('says when a group has nothing from the period, shows each item\'s status, and takes attendance as one choice', async () => {
    render(<Harness />);
    expect(within(screen.getByRole('group', { name: 'Høringer (oppsummeringen)' })).getByText('Ingenting fra perioden.')).toBeTruthy();
    const actionItems = screen.getByRole('group', { name: 'Oppfølgingspunkter med status' });
    await userEvent.click(within(actionItems).getByRole('checkbox', { name: 'Sak 3/21 Sende mandatet til utvalgene' }));
    expect(within(actionItems).getByText(/^Utført · frist/)).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ta med oppmøte per organisasjon' }));
    expect(picked()).toMatchObject({ actionItemIds: ['a1'], includeAttendance: true });
  });

  it('drops what a shorter period no longer offers before saving', () => {
    const shorter = { ...candidates, minutes: candidates.minutes.slice(0, 1) };
    expect(withinCandidates({ ...nothingPicked, minutesIds: ['m1', 'm2'], inputRoundIds: ['r1'] }, shorter))
      .toEqual({ ...nothingPicked, minutesIds: ['m1'], inputRoundIds: ['r1'] });
  });
});
