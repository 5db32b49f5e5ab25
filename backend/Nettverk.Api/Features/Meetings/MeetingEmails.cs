using System.Net;
using System.Text;
using Nettverk.Api.Calendar;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Features.Meetings;

public enum InvitationMailKind { Invitation, Update, Cancellation, DeputyNotNeeded, Reminder, RsvpChaser }

public static class InvitationMailKinds
{
    /// <summary>The kinds that take the entry out of the person's calendar (METHOD:CANCEL) and ask no answer.</summary>
    public static bool CancelsEntry(this InvitationMailKind kind) => kind is InvitationMailKind.Cancellation or InvitationMailKind.DeputyNotNeeded;
}

/// <summary>Everything an invitation e-mail says about its meeting, for one person.</summary>
public sealed record InvitationMail(
    InvitationMailKind Kind, string BodyName, Meeting Meeting, IReadOnlyList<TimedAgendaItem> Agenda, string PersonName,
    string? RoleText, string MeetingLink, IReadOnlyDictionary<Rsvp, string> AnswerLinks, IReadOnlyList<MeetingChange> Changes,
    string? CalendarText);

/// <summary>Invitations, updates, cancellations and reminders as iMIP messages (RFC 6047): text, HTML and the calendar.</summary>
public static class MeetingEmails
{
    public static MailContent Render(InvitationMail m)
    {
        var when = MeetingTexts.DateAndTime(m.Meeting.StartsAtLocal, m.Meeting.EndsAtLocal);
        var (subjectStart, lead) = m.Kind switch
        {
            InvitationMailKind.Update => ("Endret", $"Møtet i {m.BodyName} er endret: {ChangeText(m.Changes)}."),
            InvitationMailKind.Cancellation => ("Avlyst", $"Møtet i {m.BodyName} {when} er avlyst." +
                (m.Meeting.CancellationReason is { } r ? $" Begrunnelse: {r}" : "")),
            InvitationMailKind.DeputyNotNeeded => ("Ikke nødvendig",
                $"Representanten kommer likevel, så du trenger ikke møte som vara i {m.BodyName} {when}. Takk!"),
            InvitationMailKind.Reminder => ("Påminnelse", $"Påminnelse om møtet i {m.BodyName}."),
            InvitationMailKind.RsvpChaser => ("Svar ønskes", $"Vi har ikke fått svar fra deg på innkallingen til møtet i {m.BodyName}."),
            _ => ("Innkalling", $"Du er innkalt til møte i {m.BodyName}{(m.RoleText is null ? "" : $" {m.RoleText}")}."),
        };
        var subject = $"{subjectStart}: {m.Meeting.Title} {MeetingTexts.Date(m.Meeting.StartsAtLocal)}";
        var isCancel = m.Kind.CancelsEntry();
        var place = MeetingTexts.Place(m.Meeting.Format, m.Meeting.Location);

        var text = new StringBuilder();
        text.AppendLine($"Hei {m.PersonName},").AppendLine().AppendLine(lead).AppendLine();
        text.AppendLine($"Møte: {m.Meeting.Title}").AppendLine($"Tid: {when}").AppendLine($"Sted: {place}");
        if (m.Meeting.VideoUrl is not null) text.AppendLine($"Videolenke: {m.Meeting.VideoUrl}");
        if (!isCancel && m.Agenda.Count > 0)
        {
            text.AppendLine().AppendLine("Saksliste:");
            foreach (var a in m.Agenda)
                text.AppendLine($"{MeetingTexts.Time(a.StartsAtLocal)}–{MeetingTexts.Time(a.EndsAtLocal)}  Sak {a.CaseLabel} {a.Item.Title}");
        }
        if (!isCancel && m.AnswerLinks.Count > 0)
        {
            text.AppendLine().AppendLine("Svar med ett klikk:");
            text.AppendLine($"Kommer: {m.AnswerLinks[Rsvp.Accepted]}");
            text.AppendLine($"Kommer kanskje: {m.AnswerLinks[Rsvp.Tentative]}");
            text.AppendLine($"Kommer ikke: {m.AnswerLinks[Rsvp.Declined]}");
        }
        text.AppendLine().AppendLine($"Møtet i Nettverk: {m.MeetingLink}");

        var html = new StringBuilder();
        html.Append($"<p>Hei {E(m.PersonName)},</p><p>{E(lead)}</p>");
        html.Append($"<table><tr><th scope=\"row\" align=\"left\">Møte</th><td>{E(m.Meeting.Title)}</td></tr>");
        html.Append($"<tr><th scope=\"row\" align=\"left\">Tid</th><td>{E(when)}</td></tr>");
        html.Append($"<tr><th scope=\"row\" align=\"left\">Sted</th><td>{E(place)}</td></tr>");
        if (m.Meeting.VideoUrl is not null)
            html.Append($"<tr><th scope=\"row\" align=\"left\">Videolenke</th><td><a href=\"{E(m.Meeting.VideoUrl)}\">{E(m.Meeting.VideoUrl)}</a></td></tr>");
        html.Append("</table>");
        if (!isCancel && m.Agenda.Count > 0)
        {
            html.Append("<h2>Saksliste</h2><table>");
            foreach (var a in m.Agenda)
                html.Append($"<tr><td>{MeetingTexts.Time(a.StartsAtLocal)}–{MeetingTexts.Time(a.EndsAtLocal)}</td><td>Sak {E(a.CaseLabel)}</td><td>{E(a.Item.Title)}</td></tr>");
            html.Append("</table>");
        }
        if (!isCancel && m.AnswerLinks.Count > 0)
            html.Append($"<p><a href=\"{E(m.AnswerLinks[Rsvp.Accepted])}\">Kommer</a> · <a href=\"{E(m.AnswerLinks[Rsvp.Tentative])}\">Kommer kanskje</a> · <a href=\"{E(m.AnswerLinks[Rsvp.Declined])}\">Kommer ikke</a></p>");
        html.Append($"<p><a href=\"{E(m.MeetingLink)}\">Se møtet i Nettverk</a></p>");

        var method = isCancel ? CalendarMethod.Cancel : CalendarMethod.Request;
        return new MailContent($"meeting-{m.Kind.ToString().ToLowerInvariant()}", subject, text.ToString(), html.ToString())
        {
            Calendar = m.CalendarText is null ? null : new CalendarPart(method, m.CalendarText),
        };
    }

    static string ChangeText(IReadOnlyList<MeetingChange> changes) =>
        changes.Count == 0 ? "sakslisten er oppdatert"
            : string.Join(" og ", changes.Select(c => c switch
            {
                MeetingChange.Time => "nytt tidspunkt",
                MeetingChange.Place => "nytt sted eller ny videolenke",
                _ => "ny tittel",
            }));

    static string E(string s) => WebUtility.HtmlEncode(s);
}
