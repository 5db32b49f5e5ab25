// Vite plugins for the production build (plain JS: the frontend has no Node types to check them with).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The browser build; not the server-side one of scripts/prerender.mjs, whose output is thrown away. */
const clientBuild = (_config, env) => env.command === 'build' && !env.isSsrBuild;

const compressible = /\.(js|css|html|svg|json|txt)$/;

/** Writes x.br and x.gz beside every text file of the build, compressed at the highest levels once here instead of
 * per request on the server; the API serves them with Content-Encoding (backend/Nettverk.Api/Common/SpaHosting.cs).
 * A file that would not shrink (or is under 1 KB) gets none. */
export function precompress() {
  return {
    name: 'nettverk-precompress',
    apply: clientBuild,
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (compressible.test(file.fileName)) writeCompressed(join(options.dir, file.fileName), Buffer.from(file.type === 'chunk' ? file.code : file.source));
      }
    },
  };
}

/** Writes path.br and path.gz for the bytes of the file at path (precompress, and scripts/prerender.mjs for the file it
 * rewrites), or removes stale ones when the file is too small to gain. */
export function writeCompressed(path, bytes) {
  for (const stale of [`${path}.br`, `${path}.gz`]) rmSync(stale, { force: true });
  if (bytes.length < 1024) return;
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const gz = gzipSync(bytes, { level: 9 });
  if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
  if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
}

/** Preloads the font file whose name matches, so the text's font is fetched with the CSS rather than after it. */
export function preloadFont(pattern) {
  let base = '/';
  return {
    name: 'nettverk-preload-font',
    apply: clientBuild,
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
    apply: clientBuild,
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

/** Removes from the build's CSS the Designsystemet rules no page can match, without changing how anything looks.
 * Designsystemet's stylesheet (147 KB) styles every component it has and the theme (47 KB) every colour scheme; the
 * whole of both was parsed before the first render of every page. A selector is dropped when it needs
 * - a `ds-…` class (`.ds-chip`, `.ds-combobox__option`) whose name is nowhere in the built JavaScript or HTML: the
 *   React components and web components set their classes from literal strings, so a class absent from every chunk
 *   is one no element can get (the one class built from a template, `ds-combobox--${size}`, is in Combobox, unused);
 * - an attribute value the app never sets (`dropAttributes`: the dark and automatic colour schemes, the secondary
 *   typography, the brand colours), unless our source names that attribute and value.
 * A rule is dropped when all its selectors are; empty layers and at-rules go with it. The stylesheet's name is
 * hashed again from what is left (the cut depends on the JavaScript, not only on the CSS the name was made from), and
 * every reference to the old name in the build is updated. */
export async function purgeDesignsystemetCss({ sourceDir, dropAttributes = [] }) {
  const { default: postcss } = await import('postcss');
  const { createHash } = await import('node:crypto');
  return {
    name: 'nettverk-purge-designsystemet-css',
    apply: clientBuild,
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const text = files
        .filter((f) => f.type === 'chunk' || /\.(html|json)$/.test(f.fileName))
        .map((f) => (f.type === 'chunk' ? f.code : String(f.source)))
        .join('\n');
      const used = new Set(text.match(/ds-[a-zA-Z0-9_-]+/g) ?? []);
      // An attribute value is kept if our source both names the attribute and spells the value (`data-color` set from
      // a map of 'info' / 'success' …; a dark-mode switch would set data-color-scheme="dark").
      const source = sourceFiles(sourceDir).map((f) => readFileSync(f, 'utf8')).join('\n');
      const dropped = dropAttributes.filter(([name, value]) => {
        const set = source.includes(name) && source.includes(value);
        if (set) this.warn(`${name}="${value}" may be set by the app: its styles are kept`);
        return !set;
      }).map(([name, value]) => `[${name}=${value}]`);
      // Only what a selector itself requires counts: inside :not(…) a missing class matches everything, inside :is(…)
      // or :where(…) another branch may match, so what is in parentheses is left out of the test (and kept).
      const unused = (selector) => {
        let outer = selector.replace(/["']/g, '');
        while (/\([^()]*\)/.test(outer)) outer = outer.replace(/\([^()]*\)/g, '');
        return [...outer.matchAll(/\.(ds-[a-zA-Z0-9_-]+)/g)].some(([, name]) => !used.has(name)) ||
          dropped.some((a) => outer.includes(a));
      };
      const renames = [];
      for (const file of files) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
        const source = String(file.source);
        if (!source.includes('.ds-')) continue;
        const root = postcss.parse(source);
        root.walkRules((rule) => {
          if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
          const keep = rule.selectors.filter((s) => !unused(s));
          if (keep.length === 0) rule.remove();
          else if (keep.length !== rule.selectors.length) rule.selectors = keep;
        });
        // Layers, media and supports blocks left empty (a `@layer a, b;` statement has no nodes and stays).
        let emptied = true;
        while (emptied) {
          emptied = false;
          root.walkAtRules((at) => {
            if (at.nodes && at.nodes.length === 0) {
              at.remove();
              emptied = true;
            }
          });
        }
        // Custom properties nothing reads any more (the brand colours' tokens, a removed component's variables): a
        // declaration goes when no var() in any stylesheet of the build reads it and no script or page names it or a
        // prefix of its name; repeated,
        // since a removed declaration may have been the last reader of another.
        const others = files
          .filter((f) => f !== file && f.type === 'asset' && f.fileName.endsWith('.css'))
          .map((f) => String(f.source))
          .join('\n');
        // A script may name a property whole or build its name from a prefix: Designsystemet's web components read their
        // screen-reader texts and labels (--_ds-data-sr-clear, --_ds-aria-label …) by `--_ds-${attribute}`.
        const namedPrefixes = [...new Set(text.match(/--[a-zA-Z0-9_-]+/g) ?? [])];
        for (let removed = true; removed; ) {
          removed = false;
          const read = new Set(`${root.toString()}\n${others}`.match(/var\(\s*--[a-zA-Z0-9_-]+/g)?.map((v) => v.replace(/^var\(\s*/, '')) ?? []);
          root.walkDecls(/^--/, (decl) => {
            if (!read.has(decl.prop) && !namedPrefixes.some((name) => decl.prop.startsWith(name))) {
              decl.remove();
              removed = true;
            }
          });
        }
        root.walkRules((rule) => {
          if (rule.nodes.length === 0) rule.remove();
        });
        for (let emptied = true; emptied; ) {
          emptied = false;
          root.walkAtRules((at) => {
            if (at.nodes && at.nodes.length === 0) {
              at.remove();
              emptied = true;
            }
          });
        }
        const purged = root.toString();
        const hash = createHash('sha256').update(purged).digest('base64url').slice(0, 8);
        const renamed = file.fileName.replace(/-[A-Za-z0-9_-]{8}\.css$/, `-${hash}.css`);
        this.info?.(`${file.fileName}: ${source.length} → ${purged.length} bytes`);
        file.source = purged;
        if (renamed !== file.fileName) renames.push([file.fileName, renamed, purged]);
      }
      for (const [from, to, purged] of renames) {
        delete bundle[from];
        this.emitFile({ type: 'asset', fileName: to, source: purged });
        for (const other of Object.values(bundle)) {
          if (other.type === 'chunk') {
            other.code = other.code.replaceAll(from, to);
            for (const set of [other.viteMetadata?.importedCss]) {
              if (set?.has(from)) {
                set.delete(from);
                set.add(to);
              }
            }
          } else if (typeof other.source === 'string') other.source = other.source.replaceAll(from, to);
        }
      }
    },
  };
}

function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => /\.(ts|tsx|css|html)$/.test(f) && !f.includes('generated'))
    .map((f) => join(dir, f));
}

/** Bokmål's texts travel with the code that shows them. Every source module that names a text group (a top-level key
 * of nb.json, seen as a string starting `'group.`, `"group.` or `` `group. ``, which also catches keys built from a
 * prefix) gets a side-effect import of that group, a small virtual module that adds it to i18next. The bundler then puts
 * each group in the chunk of the code that needs it: the sign-in page carries the layout's and the sign-in form's texts,
 * not the 74 KB of the whole app, and a page's chunk brings its own. Nynorsk and English are still fetched whole when
 * chosen (lib/i18n.ts). Not applied in tests, whose setup loads every text at once. */
export function textsWithCode({ localesDir, i18nModule, language = 'nb' }) {
  const file = join(localesDir, `${language}.json`);
  const prefix = '\0nettverk-texts:';
  // A big group with sections of its own (hearings: form, steps, respond …) is split once more: a module naming
  // `hearings.respond.…` gets that section and not the hearing editor's texts. Its plain texts form one part, `group._`.
  const splitAbove = 2000;
  let texts = {};
  /** group → its parts (null: the group is one part) */
  let parts = new Map();
  const read = () => {
    texts = JSON.parse(readFileSync(file, 'utf8'));
    parts = new Map(Object.entries(texts).map(([group, value]) => {
      const sections = Object.keys(value).filter((k) => typeof value[k] === 'object');
      return [group, JSON.stringify(value).length > splitAbove && sections.length > 0 ? sections : null];
    }));
  };
  /** The texts of one part: `group`, `group.section` or `group._` (the group's plain texts). */
  const partTexts = (id) => {
    const [group, section] = id.split('.');
    const value = texts[group];
    if (section === undefined) return { [group]: value };
    if (section !== '_') return { [group]: { [section]: value[section] } };
    return { [group]: Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v !== 'object')) };
  };
  return {
    name: 'nettverk-texts-with-code',
    apply: (_config, env) => env.mode !== 'test',
    buildStart() {
      read();
      this.addWatchFile(file);
    },
    resolveId(id) {
      if (id.startsWith('virtual:texts/')) return prefix + id.slice('virtual:texts/'.length);
    },
    load(id) {
      if (!id.startsWith(prefix)) return;
      return `import { addTexts } from ${JSON.stringify(i18nModule)};\naddTexts(${JSON.stringify(partTexts(id.slice(prefix.length)))});\n`;
    },
    transform(code, id) {
      if (id.startsWith('\0') || id.includes('/node_modules/') || !/\/src\/.*\.[jt]sx?$/.test(id) || id === i18nModule) return;
      const used = new Set();
      for (const [, group, next] of code.matchAll(/['"`]([a-zA-Z]+)\.(\$\{|[a-zA-Z]*)/g)) {
        if (!parts.has(group)) continue;
        const sections = parts.get(group);
        if (!sections) used.add(group);
        else if (sections.includes(next)) used.add(`${group}.${next}`);
        // A key built at this level (`hearings.${x}`) may be any part; a plain text is in the group's rest.
        else if (next === '${' || next === '') for (const part of [...sections, '_']) used.add(`${group}.${part}`);
        else used.add(`${group}._`);
      }
      if (used.size === 0) return;
      return { code: [...used].map((g) => `import 'virtual:texts/${g}';`).join('') + code, map: null };
    },
    handleHotUpdate(ctx) {
      if (ctx.file === file) read();
    },
  };
}
