import en from './en.json';
import nb from './nb.json';
import nn from './nn.json';

function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('locales', () => {
  it.each([
    ['nn', nn],
    ['en', en],
  ])('%s has exactly the keys of nb, the master', (_, locale) => {
    expect(keys(locale).sort()).toEqual(keys(nb).sort());
  });

  it.each([
    ['nn', nn],
    ['en', en],
  ])('%s keeps every {{placeholder}} of nb', (_, locale) => {
    const flat = (node: object) => Object.fromEntries(keys(node).map((k) => [k, k.split('.').reduce((n: any, p) => n[p], node) as string]));
    const master = flat(nb);
    const other = flat(locale);
    for (const [key, text] of Object.entries(master)) {
      const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
      expect(placeholders(other[key] ?? ''), key).toEqual(placeholders(text));
    }
  });
});
