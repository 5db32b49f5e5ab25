// Vite plugins for the production build (plain JS: the frontend has no Node types to check them with).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /\.(js|css|html|svg|json|txt)$/;

/** Writes x.br and x.gz beside every text file of the build, compressed at the highest levels once here instead of
 * per request on the server; the API serves them with Content-Encoding (backend/Nettverk.Api/Common/SpaHosting.cs).
 * A file that would not shrink (or is under 1 KB) gets none. */
export function precompress() {
  return {
    name: 'nettverk-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!compressible.test(file.fileName)) continue;
        const bytes = Buffer.from(file.type === 'chunk' ? file.code : file.source);
        if (bytes.length < 1024) continue;
        const path = join(options.dir, file.fileName);
        const br = brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        });
        const gz = gzipSync(bytes, { level: 9 });
        if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
        if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
      }
    },
  };
}

/** Preloads the font file whose name matches, so the text's font is fetched with the CSS rather than after it. */
export function preloadFont(pattern) {
  let base = '/';
  return {
    name: 'nettverk-preload-font',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const font = Object.values(ctx.bundle ?? {}).find((f) => pattern.test(f.fileName));
        if (!font) throw new Error(`no font file matching ${pattern} in the build`);
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: base + font.fileName },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/** Writes route-preloads.json: for each route in the routes file whose page is loaded lazily (`path: '…'` and
 * `import('…')` on one line, as `page()` is used there), the files that page needs beyond the entry's: its chunk, the
 * chunks those import and their CSS. The server names them in that route's index.html (SpaRoutePreloads.cs), so the
 * browser fetches them with the entry instead of after it has run. */
export function routePreloads(routesFile) {
  return {
    name: 'nettverk-route-preloads',
    apply: 'build',
    generateBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
      const byModule = new Map(chunks.filter((c) => c.facadeModuleId).map((c) => [c.facadeModuleId.replace(/\.[cm]?[jt]sx?$/, ''), c]));
      const closure = (chunk, files = new Set()) => {
        if (files.has(chunk.fileName)) return files;
        files.add(chunk.fileName);
        for (const name of chunk.imports) closure(bundle[name], files);
        return files;
      };
      const entry = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [...closure(c)]));
      const routes = [];
      const code = readFileSync(routesFile, 'utf8').split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line)).join('\n');
      for (const [, path, specifier] of code.matchAll(/path:\s*'([^']+)'[^\n]*?import\('([^']+)'\)/g)) {
        const chunk = byModule.get(resolve(dirname(routesFile), specifier));
        // A page also imported statically has no chunk of its own: it is in the entry already, nothing to name.
        if (!chunk) {
          this.warn(`route ${path}: ${specifier} has no chunk of its own; no preloads for it`);
          continue;
        }
        const own = [...closure(chunk)].filter((f) => !entry.has(f));
        const css = [...new Set(own.flatMap((f) => [...(bundle[f].viteMetadata?.importedCss ?? [])]))];
        routes.push({ path, scripts: own.map((f) => `/${f}`), styles: css.map((f) => `/${f}`) });
      }
      this.emitFile({ type: 'asset', fileName: 'route-preloads.json', source: JSON.stringify(routes, null, 1) });
    },
  };
}
