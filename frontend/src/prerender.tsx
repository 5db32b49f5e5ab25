// The server-side entry the build uses to prerender pages into their index.html (scripts/prerender.mjs): the page is
// drawn from the HTML and CSS alone, before the JavaScript has arrived, and main.tsx hydrates it.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import i18n from './lib/i18n';
import { pageTitle } from './lib/useTitle';

/** The markup of the page at `path` in bokmål, and its title. */
export function render(path: string, titleKey: string): { root: string; title: string } {
  const root = renderToString(
    <StrictMode>
      <App location={path} />
    </StrictMode>,
  );
  return { root, title: pageTitle(i18n.t(titleKey)) };
}
