import en from './en.json';
import nb from './nb.json';
import nn from './nn.json';

// The texts of the server-rendered public pages (backend Features/PublicPages embeds these files and the main ones).
// Kept out of ../nb.json because the SPA bundles that whole into every page's first load, and these are never shown by
// the SPA. The same parity rules as ../locales.test.ts.
function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('public page locales', () => {
  it.each([
    ['nn', nn],
    ['en', en],
  ])('%s has exactly the keys of nb, with the same {{placeholders}}', (_, locale) => {
    expect(keys(locale).sort()).toEqual(keys(nb).sort());
    const text = (node: object, key: string) => key.split('.').reduce((n: any, p) => n[p], node) as string;
    const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
    for (const key of keys(nb)) expect(placeholders(text(locale, key)), key).toEqual(placeholders(text(nb, key)));
  });
});
