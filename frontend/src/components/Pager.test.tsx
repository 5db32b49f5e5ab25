import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { pageOf } from '../testing/api';
import { Pager } from './Pager';

const page = (pageNumber: number, total: number, pageSize = 10) => pageOf([], { pageNumber, total, pageSize });

describe('Pager', () => {
  it('shows nothing while the list fits on one page', () => {
    const { container } = render(<Pager page={page(1, 10)} onPage={vi.fn()} label="Sider i lista over møtene mine" />);
    expect(container.innerHTML).toBe('');
  });

  it('is a named navigation with a button per page, the current one marked, and a status line that says where one is', () => {
    render(<Pager page={page(2, 45)} onPage={vi.fn()} label="Sider i lista over møtene mine" />);
    const nav = screen.getByRole('navigation', { name: 'Sider i lista over møtene mine' });
    expect(within(nav).getAllByRole('button', { name: /^Side \d$/ }).map((b) => b.textContent)).toEqual(['1', '2', '3', '4', '5']);
    expect(within(nav).getByRole('button', { name: 'Side 2' }).getAttribute('aria-current')).toBe('true');
    expect(within(nav).getByRole('button', { name: 'Side 3' }).getAttribute('aria-current')).toBeNull();
    // A live region: screen readers hear the new page when it changes.
    expect(screen.getByRole('status').textContent).toBe('Side 2 av 5: 11–20 av 45');
  });

  it('goes to the page pressed, and to the next and previous', async () => {
    const onPage = vi.fn();
    render(<Pager page={page(2, 45)} onPage={onPage} label="Sider" />);
    await userEvent.click(screen.getByRole('button', { name: 'Side 4' }));
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await userEvent.click(screen.getByRole('button', { name: 'Forrige' }));
    expect(onPage.mock.calls).toEqual([[4], [3], [1]]);
  });

  it('hides "previous" on the first page and "next" on the last, from everyone', () => {
    const { rerender } = render(<Pager page={page(1, 25)} onPage={vi.fn()} label="Sider" />);
    expect(screen.getByText('Forrige').closest('button')!.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('button', { name: 'Neste' })).toBeTruthy();
    rerender(<Pager page={page(3, 25)} onPage={vi.fn()} label="Sider" />);
    expect(screen.getByText('Neste').closest('button')!.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Side 3 av 3: 21–25 av 25');
  });

  it('shortens a long run of pages with ellipses around the current one', () => {
    render(<Pager page={page(10, 500)} onPage={vi.fn()} label="Sider" />);
    expect(screen.getAllByRole('button', { name: /^Side \d+$/ }).map((b) => b.textContent)).toEqual(['1', '9', '10', '11', '50']);
  });

  it('moves to the last page when the page shown no longer exists (items removed meanwhile)', () => {
    const onPage = vi.fn();
    render(<Pager page={page(4, 25)} onPage={onPage} label="Sider" />);
    expect(onPage).toHaveBeenCalledWith(3);
  });
});
