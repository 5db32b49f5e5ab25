using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Features.Audit;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Features.Nominations;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;
using Nettverk.Api.Mail;

namespace Nettverk.Api.Persistence;

/// <summary>The one provider-neutral model. Each provider has a thin derived context with its own migrations.</summary>
public abstract class NettverkDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationContact> OrganisationContacts => Set<OrganisationContact>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<BodySecretary> BodySecretaries => Set<BodySecretary>();
    public DbSet<BodyReportingLine> BodyReportingLines => Set<BodyReportingLine>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Seat> Seats => Set<Seat>();
    public DbSet<SeatDeputy> SeatDeputies => Set<SeatDeputy>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingPlan> MeetingPlans => Set<MeetingPlan>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<AgendaPaper> AgendaPapers => Set<AgendaPaper>();
    public DbSet<AgendaInputDeadline> AgendaInputDeadlines => Set<AgendaInputDeadline>();
    public DbSet<AgendaInput> AgendaInputs => Set<AgendaInput>();
    public DbSet<AgendaInputAttachment> AgendaInputAttachments => Set<AgendaInputAttachment>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<Minutes> Minutes => Set<Minutes>();
    public DbSet<MinutesComment> MinutesComments => Set<MinutesComment>();
    public DbSet<PublishedMinutes> PublishedMinutes => Set<PublishedMinutes>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<ActionItemReminder> ActionItemReminders => Set<ActionItemReminder>();
    public DbSet<MeetingNotice> MeetingNotices => Set<MeetingNotice>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Mail.Inbound.InboundMessage> InboundMessages => Set<Mail.Inbound.InboundMessage>();
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();
    public DbSet<Features.Search.SearchDocument> SearchDocuments => Set<Features.Search.SearchDocument>();
    public DbSet<Features.Site.AccessibilityStatement> AccessibilityStatements => Set<Features.Site.AccessibilityStatement>();
    public DbSet<Features.Hearings.Hearing> Hearings => Set<Features.Hearings.Hearing>();
    public DbSet<Features.Hearings.HearingDocument> HearingDocuments => Set<Features.Hearings.HearingDocument>();
    public DbSet<Features.Hearings.HearingParty> HearingParties => Set<Features.Hearings.HearingParty>();
    public DbSet<Features.Hearings.HearingResponse> HearingResponses => Set<Features.Hearings.HearingResponse>();
    public DbSet<Features.Hearings.HearingAttachment> HearingAttachments => Set<Features.Hearings.HearingAttachment>();
    public DbSet<Features.Hearings.HearingReminder> HearingReminders => Set<Features.Hearings.HearingReminder>();
    public DbSet<Features.InputRounds.InputRound> InputRounds => Set<Features.InputRounds.InputRound>();
    public DbSet<Features.InputRounds.InputQuestion> InputQuestions => Set<Features.InputRounds.InputQuestion>();
    public DbSet<Features.InputRounds.InputGroup> InputGroups => Set<Features.InputRounds.InputGroup>();
    public DbSet<Features.InputRounds.InputInvitee> InputInvitees => Set<Features.InputRounds.InputInvitee>();
    public DbSet<Features.InputRounds.Input> Inputs => Set<Features.InputRounds.Input>();
    public DbSet<Features.InputRounds.InputAnswer> InputAnswers => Set<Features.InputRounds.InputAnswer>();
    public DbSet<Features.InputRounds.InputRevision> InputRevisions => Set<Features.InputRounds.InputRevision>();
    public DbSet<Features.InputRounds.InputRoundReminder> InputRoundReminders => Set<Features.InputRounds.InputRoundReminder>();
    public DbSet<Features.Reports.Report> Reports => Set<Features.Reports.Report>();
    public DbSet<Features.Reports.ReportCommittee> ReportCommittees => Set<Features.Reports.ReportCommittee>();
    public DbSet<Features.Reports.CommitteeStatement> CommitteeStatements => Set<Features.Reports.CommitteeStatement>();
    public DbSet<Features.Registrations.RegistrationSettings> RegistrationSettings => Set<Features.Registrations.RegistrationSettings>();
    public DbSet<Features.Registrations.Registration> Registrations => Set<Features.Registrations.Registration>();
    public DbSet<Features.Registrations.RegistrationAttempt> RegistrationAttempts => Set<Features.Registrations.RegistrationAttempt>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NettverkDbContext).Assembly);
        // Our entities make their own version-7 ids. Telling EF so lets it see a new child added to a tracked
        // collection as Added; with "generated on add" it would take the set id for an existing row and UPDATE it.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("Nettverk.Api", StringComparison.Ordinal) == true))
            foreach (var key in entity.FindPrimaryKey()?.Properties.Where(p => p.ClrType == typeof(Guid)) ?? [])
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Every timestamp is UTC; providers that forget the kind get it back.
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
