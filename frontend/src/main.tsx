import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './app/fonts.css';
import './app/global.css';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { configureApi, refreshAntiforgery } from './lib/api';
import { i18nReady, initialLanguage } from './lib/i18n';

configureApi();
void refreshAntiforgery();

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

if (container.firstElementChild && initialLanguage() === 'nb') {
  // A page the build prerendered in bokmål (the sign-in page): the browser has drawn it already, so React takes over
  // its markup instead of drawing it again. Started in this task, so that what a visitor does from here on (a click,
  // Enter in a field) reaches React, which then hydrates that part at once; what was typed before stays in the fields.
  // As a transition the rest is hydrated in slices between which the browser may work.
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  // A reader of nynorsk or English waits for that language's texts (one small request) rather than seeing bokmål
  // first. The first render is a transition, so React yields to the browser between components instead of holding the
  // main thread for the whole page (long tasks on a slow phone).
  void i18nReady.then(() => startTransition(() => createRoot(container).render(app)));
}
