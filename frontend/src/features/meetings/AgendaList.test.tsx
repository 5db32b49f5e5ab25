import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { agendaItem } from '../../testing/meetings';
import { renderAt } from '../../testing/render';
import { AgendaList } from './AgendaList';

const items = [agendaItem(1, 'Velkommen'), agendaItem(2, 'Kompetansebehov'), agendaItem(3, 'Eventuelt')];

function renderList(onReorder: (ids: string[]) => Promise<unknown>) {
  return renderAt('/', [{ path: '/', element: <AgendaList items={items} meetingId="m1" editable onReorder={onReorder} onRemove={vi.fn()} /> }]);
}

/** What the live regions say now: the agenda's announcer, and the (empty) ones of each item's upload form. */
const announced = () => screen.getAllByRole('status').map((s) => s.textContent).filter(Boolean);
const titles = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('AgendaList', () => {
  it('moves an item up from the keyboard, sends the new order, announces it and keeps focus on the item', async () => {
    const onReorder = vi.fn(() => new Promise(() => {}));
    renderList(onReorder);
    const up = screen.getByRole('button', { name: 'Flytt «Eventuelt» opp' });
    up.focus();
    await userEvent.keyboard('{Enter}');

    expect(onReorder).toHaveBeenCalledWith(['item-1', 'item-3', 'item-2']);
    expect(announced()).toEqual(['Sak 3/27 er flyttet til plass 2 av 3.']);
    expect(titles()).toEqual(['Sak 1/27 Velkommen', 'Sak 3/27 Eventuelt', 'Sak 2/27 Kompetansebehov']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytt «Eventuelt» opp' })));
  });

  it('keeps focus on the item moved down (the browser test checks this where moving a node really drops focus)', async () => {
    const onReorder = vi.fn(() => new Promise(() => {}));
    renderList(onReorder);
    screen.getByRole('button', { name: 'Flytt «Velkommen» ned' }).focus();
    await userEvent.keyboard('{Enter}');

    expect(onReorder).toHaveBeenCalledWith(['item-2', 'item-1', 'item-3']);
    expect(announced()).toEqual(['Sak 1/27 er flyttet til plass 2 av 3.']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytt «Velkommen» ned' })));
  });

  it('moves focus to the other button when the item reaches the top, where "up" is no longer possible', async () => {
    const onReorder = vi.fn(() => new Promise(() => {}));
    renderList(onReorder);
    screen.getByRole('button', { name: 'Flytt «Kompetansebehov» opp' }).focus();
    await userEvent.keyboard('{Enter}');

    expect(onReorder).toHaveBeenCalledWith(['item-2', 'item-1', 'item-3']);
    expect(announced()).toEqual(['Sak 2/27 er flyttet til plass 1 av 3.']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytt «Kompetansebehov» ned' })));
    expect((screen.getByRole('button', { name: 'Flytt «Kompetansebehov» opp' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('puts the order back and says so when the server refuses the move', async () => {
    const onReorder = vi.fn(() => Promise.reject(new Error('409')));
    renderList(onReorder);
    await userEvent.click(screen.getByRole('button', { name: 'Flytt «Velkommen» ned' }));

    await waitFor(() => expect(announced()).toEqual(['Sak 1/27 ble ikke flyttet. Prøv igjen.']));
    expect(titles()).toEqual(['Sak 1/27 Velkommen', 'Sak 2/27 Kompetansebehov', 'Sak 3/27 Eventuelt']);
  });

  it('moves by drag and drop as well, with the same announcement', async () => {
    const onReorder = vi.fn(() => new Promise(() => {}));
    renderList(onReorder);
    // The handle is for the mouse only (hidden from screen readers, who have the buttons), so it is found by its title.
    const [handle] = screen.getAllByTitle('Dra for å flytte');
    const third = screen.getByRole('heading', { level: 3, name: 'Sak 3/27 Eventuelt' }).closest('li')!;
    fireEvent.dragStart(handle!, { dataTransfer: { effectAllowed: '' } });
    fireEvent.dragOver(third);
    fireEvent.drop(third);

    expect(onReorder).toHaveBeenCalledWith(['item-2', 'item-3', 'item-1']);
    expect(announced()).toEqual(['Sak 1/27 er flyttet til plass 3 av 3.']);
  });

  it('asks before removing an item with its papers, with focus on the answer, and removes it only on "yes"', async () => {
    const onRemove = vi.fn();
    renderAt('/', [{ path: '/', element: <AgendaList items={items} meetingId="m1" editable onReorder={vi.fn()} onRemove={onRemove} /> }]);
    await userEvent.click(screen.getByRole('button', { name: 'Fjern «Eventuelt»' }));
    const question = screen.getByRole('group', { name: 'Fjerne sak 3/27 med dokumentene?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Ja, fjern saken' }));
    await userEvent.click(within(question).getByRole('button', { name: 'Avbryt' }));
    expect(onRemove).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Fjern «Eventuelt»' })));

    await userEvent.click(screen.getByRole('button', { name: 'Fjern «Eventuelt»' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, fjern saken' }));
    expect(onRemove).toHaveBeenCalledWith('item-3');
  });

  it('offers no moving or editing to those who only read the agenda', () => {
    renderAt('/', [{ path: '/', element: <AgendaList items={items} meetingId="m1" editable={false} onReorder={vi.fn()} onRemove={vi.fn()} /> }]);
    expect(screen.queryByRole('button')).toBeNull();
    expect(titles()).toHaveLength(3);
  });
});
