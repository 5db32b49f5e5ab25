// Prerenders pages of the SPA at build time (npm run build, after vite build): renders them with React on Node from an
// SSR build of src/prerender.tsx and puts the markup and the page's title in route-preloads.json, which the server reads
// to make each route's index.html (backend/Nettverk.Api/Common/SpaRoutePreloads.cs). The browser then draws the page
// from the HTML and CSS while the JavaScript is still on its way, and main.tsx hydrates it. Only pages that look the
// same for every visitor before any data arrives: the sign-in page, in bokmål, nynorsk and English.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { build } from 'vite';
import { writeCompressed } from './build-plugins.mjs';

const pages = [{ path: '/logg-inn', titleKey: 'signIn.title' }];

const here = (path) => decodeURIComponent(new URL(path, import.meta.url).pathname);
const dist = here('../dist');
// Inside the project, where Node finds the packages the server-side build leaves outside its bundle.
const out = here('../node_modules/.cache/nettverk-prerender');

await build({
  configFile: here('../vite.config.ts'),
  mode: 'production',
  logLevel: 'warn',
  // Designsystemet bundled too, so the alias of its web components (vite.config.ts) applies as in the browser build.
  ssr: { noExternal: [/@digdir\//] },
  build: { ssr: here('../src/prerender.tsx'), outDir: out, emptyOutDir: true, copyPublicDir: false },
});

// The web components' modules define custom elements and the router's history reads window when they load: a DOM for
// them to find. Rendering to a string does not use it.
const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://nettverk.invalid/logg-inn' });
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (key in globalThis) continue;
  try {
    globalThis[key] = dom.window[key];
  } catch {
    // A few of Node's own globals are getters only; Node's stays.
  }
}
globalThis.window = dom.window;

const { render } = await import(pathToFileURL(join(out, 'prerender.js')).href);
const manifestPath = join(dist, 'route-preloads.json');
const routes = JSON.parse(readFileSync(manifestPath, 'utf8'));
// Bokmål is the page itself; nynorsk and English are variants the server sends by the SPA's language cookie.
for (const page of pages) {
  for (const language of ['en', 'nn', 'nb']) {
    const { root, title } = await render(page.path, page.titleKey, language);
    if (!root.includes('<form')) throw new Error(`prerendering ${page.path} gave no form: ${root.slice(0, 200)}`);
    const variant = language === 'nb' ? {} : { language };
    const route = routes.find((r) => r.path === page.path && (r.language ?? 'nb') === language);
    if (route) Object.assign(route, { root, title });
    else routes.unshift({ path: page.path, ...variant, scripts: [], styles: [], root, title });
    console.log(`prerendered ${page.path} (${language}): ${root.length} characters of markup, title "${title}"`);
  }
}
const json = Buffer.from(JSON.stringify(routes, null, 1));
writeFileSync(manifestPath, json);
writeCompressed(manifestPath, json);
// The output stays in node_modules/.cache (the next build empties it): modules the render set loading in the background
// (the web components' polyfills) may still read it. Neither they nor jsdom's timers are waited for.
process.exit(0);
