import { isInsideFence, markNotPublic } from './nonPublic';

/** The text with the selection shown as [brackets], to read the expectations at a glance. */
function show(result: { text: string; start: number; end: number } | null): string | null {
  return result && `${result.text.slice(0, result.start)}[${result.text.slice(result.start, result.end)}]${result.text.slice(result.end)}`;
}

describe('markNotPublic', () => {
  const notes = 'Velkommen til alle.\n\nNAV orienterte om permitteringer i Grenland.\nTallene er foreløpige.\n\nNeste møte i mai.';

  it('fences the selected text, widened to whole lines, and keeps it selected', () => {
    const start = notes.indexOf('permitteringer');
    const result = markNotPublic(notes, start, start + 'permitteringer'.length);
    expect(show(result)).toBe(
      'Velkommen til alle.\n\n::: ikke-offentlig\n[NAV orienterte om permitteringer i Grenland.]\n:::\nTallene er foreløpige.\n\nNeste møte i mai.',
    );
  });

  it('fences the paragraph around the cursor when nothing is selected', () => {
    const cursor = notes.indexOf('foreløpige');
    expect(show(markNotPublic(notes, cursor, cursor))).toBe(
      'Velkommen til alle.\n\n::: ikke-offentlig\n[NAV orienterte om permitteringer i Grenland.\nTallene er foreløpige.]\n:::\n\nNeste møte i mai.',
    );
  });

  it('does not take the next line when a selection ends at its start', () => {
    const start = notes.indexOf('NAV');
    const end = notes.indexOf('Tallene');
    expect(markNotPublic(notes, start, end)?.text).toContain('Grenland.\n:::\nTallene');
  });

  it('writes the fence word of the language in use', () => {
    expect(markNotPublic('Æ, ø og å.', 0, 0, 'ikkje-offentleg')?.text).toBe('::: ikkje-offentleg\nÆ, ø og å.\n:::');
    expect(markNotPublic('Text.', 0, 5, 'not-public')?.text).toBe('::: not-public\nText.\n:::');
  });

  it('refuses an empty line, and text that is fenced already', () => {
    expect(markNotPublic(notes, notes.indexOf('\n\n') + 1, notes.indexOf('\n\n') + 1)).toBeNull();
    const fenced = markNotPublic(notes, 0, 0)!.text;
    const inside = fenced.indexOf('Velkommen');
    expect(markNotPublic(fenced, inside, inside + 3)).toBeNull();
    expect(markNotPublic(fenced, 0, fenced.length)).toBeNull();
    expect(markNotPublic('', 0, 0)).toBeNull();
  });
});

describe('isInsideFence', () => {
  it('knows the lines inside a fence, and the fence lines themselves, as fenced', () => {
    const text = 'Åpen.\n::: ikke-offentlig\nLukket.\n:::\nÅpen igjen.';
    expect(isInsideFence(text, 1)).toBe(false);
    expect(isInsideFence(text, text.indexOf('Lukket'))).toBe(true);
    expect(isInsideFence(text, text.indexOf(':::'))).toBe(true);
    expect(isInsideFence(text, text.indexOf('igjen'))).toBe(false);
  });
});
