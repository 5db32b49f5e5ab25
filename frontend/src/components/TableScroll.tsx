import { type ReactNode, useLayoutEffect, useRef } from 'react';

/** Labels each body cell with its column's heading, so a phone can show a row as a stack of "heading: value" lines
 * (global.css) without every table repeating its headings in each cell. */
function labelCells(region: HTMLElement) {
  for (const table of region.querySelectorAll('table')) {
    const headings = [...table.querySelectorAll('thead tr:first-child > th')].map((th) => th.textContent?.trim() ?? '');
    for (const row of table.querySelectorAll('tbody tr')) {
      const cells = [...row.children] as HTMLElement[];
      // A cell spanning columns (an empty-list message) has no one heading.
      if (cells.some((cell) => Number(cell.getAttribute('colspan') ?? 1) > 1)) continue;
      cells.forEach((cell, i) => {
        const label = headings[i] ?? '';
        if (cell.dataset.label !== label) cell.dataset.label = label;
      });
    }
  }
}

/** A table that may be wider than the screen: the region that then scrolls sideways is a tab stop with a name, so a
 * keyboard can scroll it (WCAG 2.1.1, axe's scrollable-region-focusable); below 40rem its rows stack instead. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const region = ref.current;
    if (!region) return;
    labelCells(region);
    // Rows come and go with paging and live data, and headings change with the language.
    const observer = new MutationObserver(() => labelCells(region));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
