using Nettverk.Api.Common;

namespace Nettverk.Api.Features.People;

public sealed class Person : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    /// <summary>Upper-cased e-mail for case-insensitive uniqueness on every provider.</summary>
    public string NormalizedEmail { get; private set; } = "";
    public string? Phone { get; private set; }
    public string? Title { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public Guid? UserId { get; private set; }
    public DateTime? ArchivedAt { get; private set; }
    /// <summary>SHA-256 of the secret in the person's calendar feed address; the secret itself is never stored.</summary>
    public string? CalendarFeedTokenHash { get; private set; }

    private Person() { }

    public Person(string name, string email, string? phone = null, string? title = null, Guid? organisationId = null) =>
        Update(name, email, phone, title, organisationId);

    public void Update(string name, string email, string? phone, string? title, Guid? organisationId)
    {
        Name = name.Trim();
        Email = email.Trim();
        NormalizedEmail = Normalise(email);
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        OrganisationId = organisationId;
    }

    public void LinkAccount(Guid userId) => UserId = userId;
    public void SetCalendarFeedTokenHash(string? hash) => CalendarFeedTokenHash = hash;
    public void Archive(DateTime now) => ArchivedAt ??= now;

    public static string Normalise(string email) => email.Trim().ToUpperInvariant();
}
