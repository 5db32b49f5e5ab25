// Vite plugins for the production build (plain JS: the frontend has no Node types to check them with).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
