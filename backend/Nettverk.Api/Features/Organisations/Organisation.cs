using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Organisations;

public enum OrganisationKind
{
    County, Municipality, StateAgency, EmployerOrganisation, TradeUnion, University,
    VocationalCollege, ResearchInstitution, Business, Association, Other,
}

public sealed class Organisation : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    public string? OrganisationNumber { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Website { get; private set; }
    public DateTime? ArchivedAt { get; private set; }
    public List<OrganisationContact> Contacts { get; private set; } = [];

    private Organisation() { }

    public Organisation(string name, string? organisationNumber, OrganisationKind kind,
        string? email = null, string? phone = null, string? website = null) =>
        Update(name, organisationNumber, kind, email, phone, website);

    public void Update(string name, string? organisationNumber, OrganisationKind kind,
        string? email, string? phone, string? website)
    {
        Name = name.Trim();
        OrganisationNumber = organisationNumber;
        Kind = kind;
        Email = email?.Trim();
        Phone = phone?.Trim();
        Website = website?.Trim();
    }

    public void Archive(DateTime now) => ArchivedAt ??= now;
    public void Restore() => ArchivedAt = null;

    public void SetContacts(IEnumerable<Guid> personIds)
    {
        var wanted = personIds.Distinct().ToHashSet();
        Contacts.RemoveAll(c => !wanted.Contains(c.PersonId));
        foreach (var id in wanted.Where(id => Contacts.All(c => c.PersonId != id)))
            Contacts.Add(new OrganisationContact(Id, id));
    }
}

/// <summary>A person who may act for the organisation: nominate its representatives and deputies.</summary>
public sealed class OrganisationContact(Guid organisationId, Guid personId) : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private set; } = organisationId;
    public Guid PersonId { get; private set; } = personId;
}
