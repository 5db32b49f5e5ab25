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

const language = initialLanguage();
const hydrate = () =>
  startTransition(() => {
    hydrateRoot(container, app);
  });

if (container.firstElementChild && document.documentElement.lang === language) {
  // A page the build prerendered (the sign-in page), in the reader's language (the server chose it by the language
  // cookie): the browser has drawn it already, so React takes over its markup instead of drawing it again; as a
  // transition, in slices between which the browser may work. In bokmål it starts in this task, so that what a visitor
  // does from here on (a click, Enter in a field) reaches React, which then hydrates that part at once; nynorsk and
  // English wait for their texts. What was typed before stays in the fields.
  if (language === 'nb') hydrate();
  else void i18nReady.then(hydrate);
} else {
  // A reader of nynorsk or English waits for that language's texts (one small request) rather than seeing bokmål
  // first. The first render is a transition, so React yields to the browser between components instead of holding the
  // main thread for the whole page (long tasks on a slow phone).
  void i18nReady.then(() => startTransition(() => createRoot(container).render(app)));
}
