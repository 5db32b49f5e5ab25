import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress, preloadFont, purgeDesignsystemetCss, routePreloads, textsWithCode } from './scripts/build-plugins.mjs';

declare const process: { env: Record<string, string | undefined> };

// In development the API runs beside Vite; in production the API serves the built files itself.
const api = process.env.NETTVERK_API ?? 'http://127.0.0.1:5080';

// Libraries every page needs, in a chunk of their own: it changes only when they are upgraded, so a release of the app
// leaves it in the browser's cache.
const vendor = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/;

const here = (path: string) => decodeURIComponent(new URL(path, import.meta.url).pathname);

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    textsWithCode({ localesDir: here('./src/locales'), i18nModule: here('./src/lib/i18n.ts') }),
    preloadFont(/inter-latin-400-normal-[^/]*\.woff2$/),
    routePreloads(here('./src/app/routes.tsx')),
    // Designsystemet's rules for components and themes the app never shows, out of the stylesheet every page parses.
    purgeDesignsystemetCss({
      sourceDir: here('./src'),
      dropAttributes: [
        ['data-color-scheme', 'dark'],
        ['data-color-scheme', 'auto'],
        ['data-typography', 'secondary'],
        ['data-color', 'brand1'],
        ['data-color', 'brand2'],
      ],
    }),
    precompress(),
  ],
  resolve: {
    alias: [
      // Only the small web components on every page; the heavy ones when a page has an element that needs them.
      { find: /^@digdir\/designsystemet-web$/, replacement: here('./src/lib/designsystemetWeb.ts') },
      // React Router's package exports only its development build (dev warnings on); the production build beside it
      // differs in that flag alone, and with it off the minifier drops the warnings' code.
      ...(mode === 'production' ? [{ find: /^react-router$/, replacement: here('./node_modules/react-router/dist/production/index.mjs') }] : []),
    ],
  },
  server: { proxy: { '/api': api, '/openapi': api } },
  build: {
    outDir: 'dist',
    // No source maps in the production build: they would publish the whole source (3.7 MB) to every visitor.
    sourcemap: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'vendor', test: vendor }] } },
      // Designsystemet's React package does not declare itself free of side effects, so every component (Combobox with
      // its virtualiser, Suggestion, floating-ui …) was bundled whether used or not. Its modules only export; the one
      // with side effects, the web components of @digdir/designsystemet-web, is imported by the components that need
      // it and stays side-effectful.
      treeshake: { moduleSideEffects: [{ test: /[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }] },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/testing/setup.ts'],
    css: false,
    // Tests that type whole forms with user-event take seconds on a busy 2-core machine: a limit, not a speed target.
    testTimeout: 20_000,
  },
}));
