using System.Net;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Features.Accounts;

public static class PasswordResetEmail
{
    public static MailContent Render(string link) => new("password-reset",
        "Tilbakestill passordet ditt i Nettverk",
        $"""
        Noen (forhåpentlig du) ba om å tilbakestille passordet ditt i Nettverk.

        Velg et nytt passord her innen to timer: {link}

        Ba du ikke om dette, kan du se bort fra e-posten.
        """,
        $"""
        <p>Noen (forhåpentlig du) ba om å tilbakestille passordet ditt i Nettverk.</p>
        <p><a href="{WebUtility.HtmlEncode(link)}">Velg et nytt passord</a> innen to timer.</p>
        <p>Ba du ikke om dette, kan du se bort fra e-posten.</p>
        """);
}

public static class AccountInvitationEmail
{
    public static MailContent Render(string name, string link) => new("account-invitation",
        "Du er invitert til Nettverk",
        $"""
        Hei {name},

        Du har fått en konto i Nettverk, der du får møteinnkallinger, sakspapirer og referater.
        Velg passord og ta kontoen i bruk innen 14 dager: {link}
        """,
        $"""
        <p>Hei {WebUtility.HtmlEncode(name)},</p>
        <p>Du har fått en konto i Nettverk, der du får møteinnkallinger, sakspapirer og referater.</p>
        <p><a href="{WebUtility.HtmlEncode(link)}">Velg passord og ta kontoen i bruk</a> innen 14 dager.</p>
        """);
}
