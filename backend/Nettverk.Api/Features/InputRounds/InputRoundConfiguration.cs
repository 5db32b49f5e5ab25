using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.InputRounds;

public sealed class InputRoundConfiguration : IEntityTypeConfiguration<InputRound>
{
    public void Configure(EntityTypeBuilder<InputRound> b)
    {
        b.ToTable("InputRounds");
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.Introduction).HasMaxLength(20000);
        b.Property(x => x.Summary).HasMaxLength(20000);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.BodyId, x.ClosesAtUtc });
        b.HasIndex(x => new { x.Status, x.ClosesAtUtc });
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        // Not SET NULL in the database: with the agenda item's own cascade from its meeting SQL Server would see two paths.
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.ClientSetNull);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.AgendaItemId).OnDelete(DeleteBehavior.ClientSetNull);
        b.HasMany(x => x.Questions).WithOne().HasForeignKey(q => q.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Groups).WithOne().HasForeignKey(g => g.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Invitees).WithOne().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class InputQuestionConfiguration : IEntityTypeConfiguration<InputQuestion>
{
    public void Configure(EntityTypeBuilder<InputQuestion> b)
    {
        b.ToTable("InputQuestions");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(2000).IsRequired();
        b.Property(x => x.Options).HasMaxLength(8000).HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>(),
            new ValueComparer<List<string>>((a, c) => a!.SequenceEqual(c!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()));
    }
}

public sealed class InputGroupConfiguration : IEntityTypeConfiguration<InputGroup>
{
    public void Configure(EntityTypeBuilder<InputGroup> b)
    {
        b.ToTable("InputGroups");
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.Token).HasMaxLength(20).IsRequired();
        b.HasIndex(x => x.Token).IsUnique();
    }
}

public sealed class InputInviteeConfiguration : IEntityTypeConfiguration<InputInvitee>
{
    public void Configure(EntityTypeBuilder<InputInvitee> b)
    {
        b.ToTable("InputInvitees");
        b.HasIndex(x => new { x.RoundId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.PersonId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class InputConfiguration : IEntityTypeConfiguration<Input>
{
    public void Configure(EntityTypeBuilder<Input> b)
    {
        b.ToTable("Inputs");
        b.Property(x => x.PartyKind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.UpdatedByName).HasMaxLength(254).IsRequired();
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => new { x.RoundId, x.PartyId }).IsUnique();
        b.HasOne<InputRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Answers).WithOne().HasForeignKey(a => a.InputId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class InputAnswerConfiguration : IEntityTypeConfiguration<InputAnswer>
{
    public void Configure(EntityTypeBuilder<InputAnswer> b)
    {
        b.ToTable("InputAnswers");
        b.Property(x => x.Text).HasMaxLength(20000);
        b.HasIndex(x => new { x.RoundId, x.QuestionId });
    }
}

public sealed class InputRevisionConfiguration : IEntityTypeConfiguration<InputRevision>
{
    public void Configure(EntityTypeBuilder<InputRevision> b)
    {
        b.ToTable("InputRevisions");
        b.Property(x => x.SavedByName).HasMaxLength(254).IsRequired();
        b.HasIndex(x => new { x.InputId, x.Revision }).IsUnique();
        b.HasOne<Input>().WithMany().HasForeignKey(x => x.InputId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class InputRoundReminderConfiguration : IEntityTypeConfiguration<InputRoundReminder>
{
    public void Configure(EntityTypeBuilder<InputRoundReminder> b)
    {
        b.ToTable("InputRoundReminders");
        b.HasIndex(x => new { x.RoundId, x.PartyId, x.DueAtUtc }).IsUnique();
        b.HasOne<InputRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
