using System.Globalization;
using System.Text;
using System.Xml;
using Nettverk.Api.Features.Hearings;

namespace Nettverk.Api.Features.PublicPages;

/// <summary>The body's Atom feed (RFC 4287) of what it published: minutes, hearings opened and closed (with their
/// responses when published), committee statements. Built from the same <see cref="PublicBodyDto"/> as the page, so it
/// shows nothing the page does not. Entry ids are stable across requests (the same event keeps its id).</summary>
public static class PublicBodyFeed
{
    const string Atom = "http://www.w3.org/2005/Atom";

    sealed record Entry(string Id, string Title, DateTime Updated, string Link, string? Summary);

    public static string Write(PublicBodyDto b, PublicTexts t, DateTime nowUtc, string ownerName)
    {
        var entries = new List<Entry>();
        foreach (var m in b.Minutes)
            entries.Add(new Entry($"{m.Url}#published-{m.PublishedAt:yyyyMMddHHmmss}", t.Format("publicBody.feedMinutes", ("title", m.Title)),
                m.PublishedAt, m.Url, t.Date(m.MeetingStartsAtLocal)));
        foreach (var h in b.Hearings)
        {
            if (h.OpensAt <= nowUtc)
                entries.Add(new Entry($"{h.Url}#opened", t.Format("publicBody.feedHearingOpened", ("title", h.Title)), h.OpensAt, h.Url, null));
            if (h.State != HearingState.Open && h.ClosesAt <= nowUtc)
                entries.Add(new Entry($"{h.Url}#closed", t.Format("publicBody.feedHearingClosed", ("title", h.Title)), h.ClosesAt, h.Url,
                    h.ResponsesPublished ? t["publicBody.responsesPublished"] : null));
        }
        foreach (var s in b.Statements)
            entries.Add(new Entry($"{b.PageUrl}#statement-{s.MeetingDate:yyyyMMdd}-{Uri.EscapeDataString(s.CaseNumber)}-{Math.Abs(StableHash(s.CommitteeName))}",
                t.Format("publicBody.feedStatement", ("committee", s.CommitteeName)), s.MeetingDate.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
                b.PageUrl + "#h-statements", s.Decision ?? s.Text));
        entries = entries.OrderByDescending(e => e.Updated).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(text), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, t.Language);
            xml.WriteElementString("id", Atom, b.PageUrl);
            xml.WriteElementString("title", Atom, t.Format("publicBody.feedTitle", ("name", b.Name)));
            xml.WriteElementString("updated", Atom, Stamp(entries.Count > 0 ? entries[0].Updated : b.AdoptedOn?.ToDateTime(TimeOnly.MinValue) ?? nowUtc));
            Link(xml, "self", b.FeedUrl, "application/atom+xml");
            Link(xml, "alternate", b.PageUrl, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, ownerName);
            xml.WriteEndElement();
            foreach (var e in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, e.Id);
                xml.WriteElementString("title", Atom, e.Title);
                xml.WriteElementString("updated", Atom, Stamp(e.Updated));
                Link(xml, "alternate", e.Link, "text/html");
                if (e.Summary is not null) xml.WriteElementString("summary", Atom, e.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        // StringWriter reports UTF-16; the answer is UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text) hash = unchecked(hash * 31 + c);
        return hash == int.MinValue ? 0 : hash;
    }
}
