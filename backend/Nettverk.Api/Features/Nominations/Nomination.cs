using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Nominations;

public enum NominationStatus { Pending, Approved, Rejected, Withdrawn }

/// <summary>An organisation's proposal of a representative and deputies for a seat (the seed: "send name, e-mail and
/// the name of the deputy"). Approving it fills the seat.</summary>
public sealed class Nomination : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BodyId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid? SeatId { get; private set; }
    public NominationStatus Status { get; private set; }
    public string? Comment { get; private set; }
    public Guid NominatedByUserId { get; private set; }
    public string NominatedByName { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecisionReason { get; private set; }
    /// <summary>Position 0 is the representative; 1, 2 … the deputies in order.</summary>
    public List<NominationCandidate> Candidates { get; private set; } = [];
    Guid? IAudited.AuditBodyId => BodyId;

    private Nomination() { }

    public Nomination(Guid bodyId, Guid organisationId, Guid? seatId, string? comment, Guid userId, string userName,
        DateTime now, NominationCandidate representative, IEnumerable<NominationCandidate> deputies)
    {
        BodyId = bodyId;
        OrganisationId = organisationId;
        SeatId = seatId;
        Comment = comment;
        NominatedByUserId = userId;
        NominatedByName = userName;
        CreatedAt = now;
        Status = NominationStatus.Pending;
        Candidates.Add(representative.At(Id, 0));
        var position = 1;
        foreach (var deputy in deputies) Candidates.Add(deputy.At(Id, position++));
        var emails = Candidates.Select(c => People.Person.Normalise(c.Email)).ToList();
        if (emails.Distinct().Count() != emails.Count)
            throw new FieldValidationException("deputies", ErrorCodes.ProposedTwice, "The same person is proposed twice.");
    }

    public NominationCandidate Representative => Candidates.Single(c => c.Position == 0);
    public IEnumerable<NominationCandidate> Deputies => Candidates.Where(c => c.Position > 0).OrderBy(c => c.Position);

    public void Approve(string by, DateTime now) => Decide(NominationStatus.Approved, by, now, null);
    public void Reject(string by, DateTime now, string reason) => Decide(NominationStatus.Rejected, by, now, reason);
    public void Withdraw(string by, DateTime now) => Decide(NominationStatus.Withdrawn, by, now, null);

    void Decide(NominationStatus status, string by, DateTime now, string? reason)
    {
        if (Status != NominationStatus.Pending)
            throw new DomainRuleException("nomination_not_pending", $"The nomination is already {Status.ToString().ToLowerInvariant()}.");
        Status = status;
        DecidedByName = by;
        DecidedAt = now;
        DecisionReason = reason;
    }
}

/// <summary>A proposed person: an existing one (<see cref="PersonId"/>) or a new one created when approved.</summary>
public sealed class NominationCandidate : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid NominationId { get; private set; }
    public int Position { get; private set; }
    public Guid? PersonId { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string? Phone { get; private set; }
    public string? Title { get; private set; }

    private NominationCandidate() { }

    public NominationCandidate(Guid? personId, string name, string email, string? phone, string? title)
    {
        PersonId = personId;
        Name = name.Trim();
        Email = email.Trim();
        Phone = phone;
        Title = title;
    }

    internal NominationCandidate At(Guid nominationId, int position)
    {
        NominationId = nominationId;
        Position = position;
        return this;
    }

    public void ResolveTo(Guid personId) => PersonId = personId;
}
