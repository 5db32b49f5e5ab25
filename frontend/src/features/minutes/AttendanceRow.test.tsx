import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { aSeat } from '../../testing/minutes';
import { AttendanceRow } from './AttendanceRow';
import type { DraftSeat } from './draft';

function Harness({ onChange, start }: { onChange: (s: DraftSeat) => void; start: DraftSeat }) {
  const [value, setValue] = useState(start);
  return <AttendanceRow attendee={aSeat()} value={value} onChange={(s) => { setValue(s); onChange(s); }} />;
}

describe('AttendanceRow', () => {
  it('records that a deputy came, the first in order unless another is chosen', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} start={{ id: 'seat-row-1', status: 'Absent', deputyPersonId: null }} />);
    const row = screen.getByRole('group', { name: 'De private fagskolene: Åse Ødegård' });
    expect(within(row).getByRole('radio', { name: 'Forfall' })).toHaveProperty('checked', true);

    await userEvent.click(within(row).getByRole('radio', { name: 'Vara møtte' }));
    expect(onChange).toHaveBeenLastCalledWith({ id: 'seat-row-1', status: 'DeputyPresent', deputyPersonId: 'p-dep1' });

    await userEvent.selectOptions(within(row).getByLabelText('Vara som møtte'), '2. vara: Hege Lie');
    expect(onChange).toHaveBeenLastCalledWith({ id: 'seat-row-1', status: 'DeputyPresent', deputyPersonId: 'p-dep2' });
  });

  it('forgets the deputy when the representative came after all', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} start={{ id: 'seat-row-1', status: 'DeputyPresent', deputyPersonId: 'p-dep2' }} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Til stede' }));
    expect(onChange).toHaveBeenLastCalledWith({ id: 'seat-row-1', status: 'Present', deputyPersonId: null });
    expect(screen.queryByLabelText('Vara som møtte')).toBeNull();
  });

  it('offers no deputy for a seat without deputies', () => {
    render(<AttendanceRow attendee={aSeat({ deputies: [] })} value={{ id: 'seat-row-1', status: 'Present', deputyPersonId: null }} onChange={() => {}} />);
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['Present', 'Absent']);
  });
});
