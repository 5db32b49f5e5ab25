using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;

namespace Nettverk.Tests;

/// <summary>A published revision is the legal record: its JSON is its own, so what was written under schema version 1
/// reads back the same whatever the API contract becomes. The committed sample is the proof: it must keep reading.</summary>
public sealed class PublishedMinutesRecordTests
{
    static Guid Id(int n) => Guid.Parse($"0193a000-0000-7000-8000-{n:D12}");

    /// <summary>The content of Fixtures/published-minutes-v1.json, built in code.</summary>
    static PublishedMinutesRecord Sample() => new(1, Id(1), Id(2), new RecordRef(Id(3), "Nettverk for verdiskaping og kompetanse"),
        "Vestfold og Telemark fylkeskommune",
        new RecordMeeting("Oppstartsmøte", new DateTime(2021, 3, 17, 12, 0, 0), new DateTime(2021, 3, 17, 14, 0, 0), MeetingFormat.Digital, null),
        2, true, Utc(2021, 4, 2, 9, 30), "sekretariat@example.org", "Stedet for det åpne møtet manglet.",
        new RecordReview(new DateOnly(2021, 3, 26), Utc(2021, 3, 19, 8, 0)),
        new RecordApproval(Utc(2021, 3, 29, 10, 15), "sekretariat@example.org", "Sigrid Sekretær", "Godkjent uten merknader"),
        new RecordChange(Utc(2021, 4, 2, 9, 30), "sekretariat@example.org"), 9,
        [
            new RecordAttendee(Id(10), AttendeeKind.Seat, Id(11), Id(12), "Sindre Ødegård", "De private fagskolene", AttendanceStatus.DeputyPresent,
                Id(13), "Tone Holm", null),
            new RecordAttendee(Id(14), AttendeeKind.Seat, Id(15), Id(16), "Per Grønli", "Fagskolen i Vestfold og Telemark", AttendanceStatus.Absent,
                null, null, null),
            new RecordAttendee(Id(17), AttendeeKind.Guest, null, null, "Hilde Aamodt", "Viken fylkeskommune", AttendanceStatus.Present, null, null,
                "Innleder sak 3/21"),
        ],
        [
            new RecordEntry(Id(20), Id(21), 1, "3/21", "Erfaringer fra kompetanseforum Østfold", AgendaItemKind.Information,
                "Gode erfaringer med **felles** kunnskapsgrunnlag.\n\n::: ikke-offentlig\nInnlederen omtalte en pågående personalsak.\n:::",
                null, true, []),
            new RecordEntry(Id(22), null, 2, "7/21", "Møteplan og arbeidsform", AgendaItemKind.Decision, null,
                "Møteplan for 2021: 6. mai, 19. august og 11. november.", false,
                [new RecordActionItem(Id(23), "7/21", "Sende ut møteplanen til alle medlemmer", new RecordRef(Id(24), "LO Vestfold og Telemark"), null,
                    new DateOnly(2021, 4, 15), ActionItemStatus.Done, "Sendt 10. april.", Utc(2021, 4, 10, 7, 0), false)]),
        ]);

    static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    static string FixtureText(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nettverk.sln"))) return File.ReadAllText(Path.Combine(dir.FullName, "tests", "Nettverk.Tests", "Fixtures", name));
        throw new InvalidOperationException("Nettverk.sln not found");
    }

    static PublishedMinutes Row(string content) => new()
    {
        MinutesId = Id(1), MeetingId = Id(2), BodyId = Id(3), Revision = 2, PublishedAt = Utc(2021, 4, 2, 9, 30),
        PublishedBy = "sekretariat@example.org", IsPublic = true, CorrectionReason = "Stedet for det åpne møtet manglet.", Content = content,
    };

    [Fact]
    public void ARecord_IsWrittenInTheCommittedVersion1Shape()
    {
        // The shape written today is the committed one: changing it means a new schema version and a new sample beside this.
        var written = JsonNode.Parse(Sample().ToJson());
        JsonNode.DeepEquals(written, JsonNode.Parse(FixtureText("published-minutes-v1.json"))).Should().BeTrue(
            "the record's JSON must match Fixtures/published-minutes-v1.json; got {0}", written!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public void TheCommittedVersion1Sample_StillReadsIntoTheSameContent()
    {
        var read = PublishedMinutesRecord.Read(Row(FixtureText("published-minutes-v1.json")));
        read.Should().BeEquivalentTo(Sample(), o => o.RespectingRuntimeTypes());

        // And as the API shows it, through today's contract.
        var dto = read.ToDto();
        dto.MeetingTitle.Should().Be("Oppstartsmøte");
        dto.Status.Should().Be(MinutesStatus.Published);
        // A person's name, not an address: the name the record kept at publication.
        dto.ApprovedByName.Should().Be("Sigrid Sekretær");
        dto.Attendees.Select(a => (a.Name, a.OrganisationName, a.Status, a.DeputyName)).Should().Equal(
            ("Sindre Ødegård", "De private fagskolene", AttendanceStatus.DeputyPresent, "Tone Holm"),
            ("Per Grønli", "Fagskolen i Vestfold og Telemark", AttendanceStatus.Absent, null),
            ("Hilde Aamodt", "Viken fylkeskommune", AttendanceStatus.Present, null));
        dto.Entries[0].NotesHtml.Should().Contain("<strong>felles</strong>").And.Contain("personalsak");
        dto.Entries[1].Decision.Should().StartWith("Møteplan for 2021");
        dto.Entries[1].ActionItems.Should().ContainSingle().Which.ResponsibleOrganisation!.Name.Should().Be("LO Vestfold og Telemark");
        var forPublic = MinutesReads.ToPublic(dto);
        forPublic.Entries[0].Notes.Should().NotContain("personalsak");
        forPublic.Entries[1].Exempt.Should().BeTrue();
        forPublic.CorrectionReason.Should().Be("Stedet for det åpne møtet manglet.");
    }

    [Fact]
    public void TheRecord_NamesEveryFieldItself_AndUsesNoContractType()
    {
        // What makes a rename in MinutesDto harmless: nothing in the record's type graph is a contract type or takes its
        // JSON name from a C# name.
        var seen = new HashSet<Type>();
        var problems = new List<string>();
        void Visit(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType) { foreach (var arg in type.GetGenericArguments()) Visit(arg); return; }
            if (type.Namespace?.StartsWith("Nettverk") != true || type.IsEnum || !seen.Add(type)) return;
            if (type.Name.EndsWith("Dto") || type == typeof(NamedRef)) problems.Add($"{type.Name} is an API contract type");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<JsonPropertyNameAttribute>() is null && property.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                    problems.Add($"{type.Name}.{property.Name} has no [JsonPropertyName]");
                Visit(property.PropertyType);
            }
        }
        Visit(typeof(PublishedMinutesRecord));
        problems.Should().BeEmpty();
        seen.Should().Contain([typeof(RecordEntry), typeof(RecordActionItem), typeof(RecordAttendee), typeof(RecordApproval)]);
    }

    [Fact]
    public void ARevisionStoredTheOldWay_AsASerialisedMinutesDto_ReadsIntoTheRecord()
    {
        // As the code before schema version 1 wrote it: the API response with web defaults and enums by name.
        var old = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        var sample = Sample();
        var dto = sample.ToDto() with
        {
            Attendees = sample.ToDto().Attendees.Select(a => a with { Deputies = [new DeputyOption(Id(90), "Oda Vik", 1)] }).ToList(),
            Comments = [new MinutesCommentDto(Id(91), null, "Eirik Haugland", "Fint.", Utc(2021, 3, 20, 8, 0), 2)],
        };
        // The old MinutesDto carried the addresses where today's carries names.
        var json = JsonNode.Parse(JsonSerializer.Serialize(dto, old))!.AsObject();
        foreach (var added in new[] { "approvedByName", "updatedByName", "noticeRecipients" }) json.Remove(added);
        json["approvedBy"] = "sekretariat@example.org";
        json["updatedBy"] = "sekretariat@example.org";
        var read = PublishedMinutesRecord.Read(Row(json.ToJsonString()));

        // The approver's name was never stored then; start-up looks it up (PublishedMinutesUpgrade).
        read.Should().BeEquivalentTo(sample with { Approval = sample.Approval! with { ByName = null } }, o => o.RespectingRuntimeTypes());
        JsonNode.Parse(read.ToJson())!["schemaVersion"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void ARecordOfANewerSchema_IsRefused_NotReadAsBlank()
    {
        var act = () => PublishedMinutesRecord.Read(Row("""{"schemaVersion": 2, "somethingNew": {}}"""));
        act.Should().Throw<NotSupportedException>().WithMessage("*schema version 2*");
    }
}
