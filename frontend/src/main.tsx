import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './app/fonts.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { configureApi, refreshAntiforgery } from './lib/api';
import { i18nReady } from './lib/i18n';

configureApi();
void refreshAntiforgery();

// A reader of nynorsk or English waits for that language's texts (one small request) rather than seeing bokmål first.
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
