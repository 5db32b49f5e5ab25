// Stands in for `@digdir/designsystemet-web` (vite.config.ts aliases the bare name here). Designsystemet's React
// components import that package whole for its web components, and its index registers all of them: with the popover
// polyfill, floating-ui, u-combobox, u-datalist and u-tabs that is 27 KB gzipped on every page, of which the sign-in
// and public pages need ~3 (ds-field, fieldset, details …). Those load here; the rest (popover and tooltip, suggestion,
// tabs, dialog, toggle group, focus group, click delegation, read-only) the first time the page has an element that
// needs them.
import '@digdir/designsystemet-web/details';
import '@digdir/designsystemet-web/fieldset';

export { DSBreadcrumbsElement } from '@digdir/designsystemet-web/ds-breadcrumbs';
export { DSErrorSummaryElement } from '@digdir/designsystemet-web/ds-error-summary';
export { DSFieldElement } from '@digdir/designsystemet-web/ds-field';
export { DSPaginationElement, pagination } from '@digdir/designsystemet-web/ds-pagination';

// Buttons with command/commandfor (Dialog's triggers) work natively in current browsers (Chromium 135, Firefox 144,
// Safari 26.2); older ones get the polyfill, as the package's own check decides.
const commandEvent = (globalThis as { CommandEvent?: { prototype: object } }).CommandEvent;
if (typeof HTMLButtonElement !== 'undefined' && !('command' in HTMLButtonElement.prototype && commandEvent && 'source' in commandEvent.prototype))
  void import('@digdir/designsystemet-web/invokers');

/** Parts loaded the first time the page has an element that needs them, by selector: the heavy ones (popovers and
 * tooltips, suggestions, tabs) and the small ones no sign-in or public page uses (dialogs, toggle groups, arrow-key
 * focus groups, rows that click their link, read-only fields): 3 KB gzipped less on every page's first load. A part
 * changes how an element behaves when used, not how it looks, and comes within a frame of the element. */
const onDemand: [selector: string, load: () => unknown][] = [
  ['[popover], [data-tooltip], [popovertarget]', () => [import('@digdir/designsystemet-web/popover'), import('@digdir/designsystemet-web/tooltip')]],
  ['ds-suggestion, u-combobox, u-datalist', () => import('@digdir/designsystemet-web/ds-suggestion')],
  ['ds-tabs, u-tabs', () => import('@digdir/designsystemet-web/ds-tabs')],
  ['dialog', () => import('@digdir/designsystemet-web/dialog')],
  ['[data-toggle-group]', () => import('@digdir/designsystemet-web/toggle-group')],
  ['[focusgroup]', () => import('@digdir/designsystemet-web/focusgroup')],
  ['[data-clickdelegatefor]', () => import('@digdir/designsystemet-web/clickdelegatefor')],
  ['[readonly], [aria-readonly]', () => import('@digdir/designsystemet-web/readonly')],
];

if (typeof window !== 'undefined' && typeof MutationObserver !== 'undefined') {
  const waiting = new Set(onDemand);
  const check = () => {
    for (const part of waiting) {
      if (!document.querySelector(part[0])) continue;
      waiting.delete(part);
      part[1]();
    }
    if (waiting.size === 0) observer.disconnect();
  };
  // One querySelector per waiting part per batch of DOM changes, until every part has come.
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, {
    childList: true, subtree: true, attributes: true,
    attributeFilter: ['popover', 'data-tooltip', 'popovertarget', 'data-toggle-group', 'focusgroup', 'data-clickdelegatefor', 'readonly', 'aria-readonly'],
  });
  check();
}
