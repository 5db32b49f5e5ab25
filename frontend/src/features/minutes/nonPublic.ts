/**
 * Paragraphs of the notes that are not public are fenced in the markdown, each fence on a line of its own:
 *
 *     ::: ikke-offentlig
 *     Text only members may read.
 *     :::
 *
 * The server accepts "ikke-offentlig", "ikkje-offentleg" and "not-public", so each language writes its own word.
 */
export type TextSelection = { text: string; start: number; end: number };

const opening = /^\s*:::\s*(ikke-offentlig|ikkje-offentleg|not-public)\s*$/i;
const closing = /^\s*:::\s*$/;

/** Where each line starts and ends, in characters. */
function lines(text: string): { start: number; end: number; line: string }[] {
  const result: { start: number; end: number; line: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    result.push({ start, end: start + line.length, line });
    start += line.length + 1;
  }
  return result;
}

/** True when the position lies inside a fenced block (as the server reads them: no nesting). */
export function isInsideFence(text: string, position: number): boolean {
  let hidden = false;
  for (const { start, end, line } of lines(text)) {
    const here = position >= start && position <= end;
    if (!hidden && opening.test(line)) {
      if (here) return true;
      hidden = true;
    } else if (hidden && closing.test(line)) {
      if (here) return true;
      hidden = false;
    } else if (here) return hidden;
  }
  return hidden;
}

/**
 * Fences the selected lines as not public. With nothing selected, the paragraph around the cursor (the lines between
 * blank lines) is fenced. A fence takes whole lines, so a selection inside a line widens to that line. Returns the new
 * text with the fenced text still selected, or null when there is nothing to fence or it is fenced already.
 */
export function markNotPublic(text: string, start: number, end: number, word = 'ikke-offentlig'): TextSelection | null {
  const all = lines(text);
  const lineAt = (position: number) => Math.max(0, all.findIndex((l) => position >= l.start && position <= l.end));
  let first = lineAt(Math.min(start, end));
  // A selection that ends at the very start of a line (after a triple click, say) does not take that line.
  let last = lineAt(end > start && all[lineAt(end)]!.start === end ? end - 1 : Math.max(start, end));
  if (start === end) {
    if (all[first]!.line.trim() === '') return null;
    while (first > 0 && all[first - 1]!.line.trim() !== '') first--;
    while (last < all.length - 1 && all[last + 1]!.line.trim() !== '') last++;
  }
  while (first < last && all[first]!.line.trim() === '') first++;
  while (last > first && all[last]!.line.trim() === '') last--;
  if (all.slice(first, last + 1).every((l) => l.line.trim() === '')) return null;
  if (isInsideFence(text, all[first]!.start) || all.slice(first, last + 1).some((l) => opening.test(l.line) || closing.test(l.line))) return null;

  const from = all[first]!.start;
  const to = all[last]!.end;
  const before = `::: ${word}\n`;
  const inner = text.slice(from, to);
  return {
    text: `${text.slice(0, from)}${before}${inner}\n:::${text.slice(to)}`,
    start: from + before.length,
    end: from + before.length + inner.length,
  };
}
