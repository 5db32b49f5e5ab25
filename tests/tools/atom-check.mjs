// Reads an Atom feed with two independent parsers and prints what they understood as JSON, so the backend tests let
// implementations other than ours judge the feed: fast-xml-parser's validator (well-formed XML) and
// @rowanmanning/feed-parser (RSS/Atom, as feed readers see it). Usage: node atom-check.mjs feed.xml; exit 1 on an error.
import { readFileSync } from 'node:fs';
import { XMLValidator, XMLParser } from 'fast-xml-parser';
import { parseFeed } from '@rowanmanning/feed-parser';

const text = readFileSync(process.argv[2], 'utf8');
const valid = XMLValidator.validate(text);
if (valid !== true) {
  process.stderr.write(`not well-formed XML: ${JSON.stringify(valid.err)}\n`);
  process.exit(1);
}
const raw = new XMLParser({ ignoreAttributes: false }).parse(text);
const feed = parseFeed(text);
const entries = raw.feed?.entry === undefined ? [] : [].concat(raw.feed.entry);
process.stdout.write(JSON.stringify({
  type: feed.meta.type,
  namespace: raw.feed?.['@_xmlns'] ?? null,
  id: raw.feed?.id ?? null,
  title: feed.title,
  updated: feed.updated?.toISOString() ?? null,
  self: feed.self,
  url: feed.url,
  authors: feed.authors.map((a) => a.name),
  entryIds: entries.map((e) => e.id),
  items: feed.items.map((i) => ({ id: i.id, title: i.title, url: i.url, updated: i.updated?.toISOString() ?? null })),
}));
