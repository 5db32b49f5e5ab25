import { fireEvent, screen, within } from '@testing-library/react';
import type { SearchHit } from '../../api/generated';
import { renderAt } from '../../testing/render';
import { SearchResults } from './SearchResults';

const hit = (over: Partial<SearchHit>): SearchHit => ({
  kind: 'AgendaItem', id: 'item-1', title: '3/21 Erfaringer fra kompetanseforum Østfold', titleMatches: [{ start: 36, length: 7 }],
  snippet: null, snippetMatches: [], body: { id: 'b1', name: 'Nettverket' }, meetingId: 'm1', meetingTitle: 'Oppstartsmøte',
  at: '2021-03-17T12:00:00', ...over,
});

/** Whether a click on the link is left to the browser: the router's links cancel it and navigate themselves. The listener
 * on window runs after React's (on the root) and then cancels the click, as jsdom cannot navigate. */
function leavesNavigationToTheBrowser(link: HTMLElement): boolean {
  let left = false;
  const record = (event: MouseEvent) => {
    left = !event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', record);
  try {
    fireEvent.click(link);
  } finally {
    window.removeEventListener('click', record);
  }
  return left;
}

describe('SearchResults', () => {
  it('links each hit to its page, tags its kind and marks the matches as text, never as HTML', () => {
    renderAt('/', [{ path: '/', element: (
      <SearchResults q="østfold" isPublic={false} hits={[
        hit({}),
        hit({ kind: 'Minutes', id: 'm1', title: 'Oppstartsmøte', titleMatches: [], snippet: '<img src=x onerror=alert(1)> Østfold', snippetMatches: [{ start: 29, length: 7 }] }),
      ]} />
    ) }]);
    const [first, second] = within(screen.getByRole('list', { name: 'Treff' })).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('link').getAttribute('href')).toBe('/moter/m1');
    expect(within(first).getByText('Sak')).toBeTruthy();
    expect(first.querySelector('mark')?.textContent).toBe('Østfold');
    expect(within(second).getByRole('link').getAttribute('href')).toBe('/moter/m1/referat');
    expect(second.querySelector('img')).toBeNull();
    expect(second.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(second.querySelector('mark')?.textContent).toBe('Østfold');
  });

  it('opens public minutes on the server-rendered public page with a full page load, not client-side routing', () => {
    renderAt('/', [{ path: '/', element: <SearchResults q="x" isPublic hits={[hit({ kind: 'Minutes', id: 'm9', titleMatches: [] })]} /> }]);
    expect(screen.getByRole('link').getAttribute('href')).toBe('/offentlig/referat/m9');
    expect(leavesNavigationToTheBrowser(screen.getByRole('link'))).toBe(true);
  });

  it("opens a member's minutes with the router", () => {
    renderAt('/', [{ path: '/', element: <SearchResults q="x" isPublic={false} hits={[hit({ kind: 'Minutes', id: 'm9', titleMatches: [] })]} /> }]);
    expect(leavesNavigationToTheBrowser(screen.getByRole('link'))).toBe(false);
  });

  it('has an empty state', () => {
    renderAt('/', [{ path: '/', element: <SearchResults q="zxq" isPublic={false} hits={[]} /> }]);
    expect(screen.getByRole('status').textContent).toBe('Ingen treff for «zxq».');
  });
});
