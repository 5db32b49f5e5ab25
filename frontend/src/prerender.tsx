// The server-side entry the build uses to prerender pages into their index.html (scripts/prerender.mjs): the page is
// drawn from the HTML and CSS alone, before the JavaScript has arrived, and main.tsx hydrates it.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import i18n, { changeLanguage, type Language } from './lib/i18n';
import { pageTitle } from './lib/useTitle';

/** The markup of the page at `path` in a language, and its title. */
export async function render(path: string, titleKey: string, language: Language): Promise<{ root: string; title: string }> {
  await changeLanguage(language);
  const root = renderToString(
    <StrictMode>
      <App location={path} />
    </StrictMode>,
  );
  return { root, title: pageTitle(i18n.t(titleKey)) };
}
