import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import './app/global.css';
import './lib/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { configureApi, refreshAntiforgery } from './lib/api';

configureApi();
void refreshAntiforgery();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
