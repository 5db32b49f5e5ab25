// Stands in for `@digdir/designsystemet-web` (vite.config.ts aliases the bare name here). Designsystemet's React
// components import that package whole for its web components, and its index registers all of them: with the popover
// polyfill, floating-ui, u-combobox, u-datalist and u-tabs that is 27 KB gzipped on every page, of which the sign-in
// and public pages need ~5 (ds-field, fieldset, details, dialog …). The small parts load here as before; the heavy ones
// (popover and tooltip, suggestion, tabs) load the first time the page has an element that needs them.
import '@digdir/designsystemet-web/clickdelegatefor';
import '@digdir/designsystemet-web/details';
import '@digdir/designsystemet-web/dialog';
import '@digdir/designsystemet-web/fieldset';
import '@digdir/designsystemet-web/focusgroup';
import '@digdir/designsystemet-web/readonly';
import '@digdir/designsystemet-web/toggle-group';

export { DSBreadcrumbsElement } from '@digdir/designsystemet-web/ds-breadcrumbs';
export { DSErrorSummaryElement } from '@digdir/designsystemet-web/ds-error-summary';
export { DSFieldElement } from '@digdir/designsystemet-web/ds-field';
export { DSPaginationElement, pagination } from '@digdir/designsystemet-web/ds-pagination';

// Buttons with command/commandfor (Dialog's triggers) work natively in current browsers (Chromium 135, Firefox 144,
// Safari 26.2); older ones get the polyfill, as the package's own check decides.
const commandEvent = (globalThis as { CommandEvent?: { prototype: object } }).CommandEvent;
if (typeof HTMLButtonElement !== 'undefined' && !('command' in HTMLButtonElement.prototype && commandEvent && 'source' in commandEvent.prototype))
  void import('@digdir/designsystemet-web/invokers');

/** Elements whose behaviour lives in the heavy parts: popovers and tooltips, suggestions (combobox), tabs. */
const heavy = '[popover], [data-tooltip], [popovertarget], ds-suggestion, u-combobox, u-datalist, ds-tabs, u-tabs';

function loadHeavyParts() {
  void import('@digdir/designsystemet-web/popover');
  void import('@digdir/designsystemet-web/tooltip');
  void import('@digdir/designsystemet-web/ds-suggestion');
  void import('@digdir/designsystemet-web/ds-tabs');
}

if (typeof window !== 'undefined' && typeof MutationObserver !== 'undefined') {
  // One querySelector per batch of DOM changes until the first match, then nothing.
  const observer = new MutationObserver(() => {
    if (!document.querySelector(heavy)) return;
    observer.disconnect();
    loadHeavyParts();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['popover', 'data-tooltip', 'popovertarget'] });
}
