import type { Plugin } from 'vite';

export function precompress(): Plugin;
export function preloadFont(pattern: RegExp): Plugin;
export function routePreloads(routesFile: string): Plugin;
export function purgeDesignsystemetCss(options: {
  sourceDir: string;
  dropAttributes?: [attribute: string, value: string][];
}): Promise<Plugin>;
export function textsWithCode(options: { localesDir: string; i18nModule: string; language?: string }): Plugin;
export function writeCompressed(path: string, bytes: Uint8Array): void;
