/** Text with the server's match ranges shown as <mark>: the text stays text (React escapes it), never HTML. */
export function Marked({ text, ranges }: { text: string; ranges: { start: number; length: number }[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [i, r] of [...ranges].sort((a, b) => a.start - b.start).entries()) {
    if (r.start < at || r.start + r.length > text.length) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={i}>{text.slice(r.start, r.start + r.length)}</mark>);
    at = r.start + r.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
