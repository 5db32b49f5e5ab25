using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.InputRounds;

/// <summary>Input rounds of a body: the secretariat defines, opens and reads them; the parties answer. A round the caller
/// may not read answers 404, as does answering one the caller is not a party of.</summary>
public static class InputRoundsEndpoints
{
    public static readonly string[] AnswerRefusals = ["input_round_not_open", "input_round_closed", ProblemExceptionHandler.ConcurrencyConflict];

    public static IEndpointRouteBuilder MapInputRoundsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Input rounds").RequireAuthorization();
        group.MapGet("/bodies/{bodyId:guid}/input-rounds", List).WithName("listBodyInputRounds");
        group.MapPost("/bodies/{bodyId:guid}/input-rounds", Create).WithName("createInputRound");
        group.MapGet("/input-rounds/{id:guid}", Get).WithName("getInputRound");
        group.MapPut("/input-rounds/{id:guid}", Update).WithName("updateInputRound")
            .ProducesRuleConflict("input_round_answered", "input_round_mode_fixed", ProblemExceptionHandler.ConcurrencyConflict);
        group.MapPost("/input-rounds/{id:guid}/open", Open).WithName("openInputRound")
            .ProducesRuleConflict("input_round_not_draft", "input_round_no_questions", "input_round_closed", "input_round_no_parties");
        group.MapGet("/input-rounds/{id:guid}/parties", Parties).WithName("listInputRoundParties");
        group.MapPut("/input-rounds/{id:guid}/answers", Answer).WithName("answerInputRound").ProducesRuleConflict(AnswerRefusals);
        group.MapGet("/input-rounds/{id:guid}/results", Results).WithName("getInputRoundResults");
        group.MapGet("/input-rounds/{id:guid}/results.csv", ExportResults).WithName("exportInputRoundResults");
        group.MapPut("/input-rounds/{id:guid}/summary", PublishSummary).WithName("publishInputRoundSummary")
            .ProducesRuleConflict("input_round_not_closed");
        group.MapPost("/input-rounds/{id:guid}/summary/minutes", SummaryToMinutes).WithName("addInputRoundSummaryToMinutes")
            .ProducesRuleConflict("input_round_no_summary", "input_round_no_agenda_item", "input_round_no_minutes", "input_round_minutes_not_draft");

        group.MapGet("/me/input-rounds", Mine).WithName("listMyInputRounds");

        var groups = app.MapGroup("/api/input-groups").WithTags("Input rounds").AllowAnonymous()
            .ProducesProblemCodes(StatusCodes.Status404NotFound, "input_group_link_invalid");
        groups.MapGet("/{token}", GetForGroup).WithName("getGroupInputRound");
        groups.MapPut("/{token}/answers", AnswerForGroup).WithName("answerGroupInputRound").ProducesRuleConflict(AnswerRefusals);
        return app;
    }

    static NotFoundProblem RoundNotFound() => Problems.NotFound("The input round");

    /// <summary>The open rounds my organisation or I have still to answer, soonest closing first: the start page's query.</summary>
    static async Task<Ok<Page<MyInputRoundDto>>> Mine([AsParameters] PageQuery paging, NettverkDbContext db, BodyPermissions permissions,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var none = new Page<MyInputRoundDto>([], 0, paging.Number, paging.SizeOr(Paging.DefaultSize));
        var caller = await permissions.CallerAsync(ct);
        if (caller.PersonId is not { } me) return TypedResults.Ok(none);
        var queries = new Start.StartQueries(db, caller, user.IsAdministrator, clock.GetUtcNow().UtcDateTime, OsloTime.Today(clock));
        if (!queries.MayHaveInputRoundsToAnswer) return TypedResults.Ok(none);
        var page = await queries.InputRoundsToAnswer(me).OrderBy(r => r.SortAt).ThenBy(r => r.Id).ThenBy(r => r.Detail).AsNoTracking()
            .ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Select(r => new MyInputRoundDto(r.Id, r.Title, r.BodyName, r.Detail, OsloTime.ToLocal(r.SortAt))));
    }

    static InputRoundPhase Phase(InputRound r, DateTime now) =>
        r.Status == InputRoundStatus.Draft ? InputRoundPhase.Draft
        : now < r.OpensAtUtc ? InputRoundPhase.Scheduled
        : now < r.ClosesAtUtc ? InputRoundPhase.Open : InputRoundPhase.Closed;

    sealed record Loaded(InputRound Round, BodyAccess Access, List<PartyRef> Mine)
    {
        public bool CanRead => Access.CanManage || Mine.Count > 0 || (Round.Status != InputRoundStatus.Draft && Access.CanView);
    }

    static async Task<Loaded?> LoadAsync(Guid id, NettverkDbContext db, BodyPermissions permissions, InputParties parties, bool track,
        CancellationToken ct)
    {
        var query = db.InputRounds.Include(r => r.Questions).Include(r => r.Groups).Include(r => r.Invitees).AsSplitQuery();
        var round = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return null;
        var access = await permissions.ForBodyAsync(round.BodyId, ct);
        var loaded = new Loaded(round, access, await parties.MineAsync(round, ct));
        return loaded.CanRead ? loaded : null;
    }

    static async Task<Results<Ok<Page<InputRoundSummaryDto>>, NotFoundProblem>> List(Guid bodyId, [AsParameters] PageQuery paging,
        NettverkDbContext db, BodyPermissions permissions, TimeProvider clock, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        var now = clock.GetUtcNow().UtcDateTime;
        var body = await db.Bodies.Where(b => b.Id == bodyId).Select(b => new NamedRef(b.Id, b.Name)).SingleAsync(ct);
        var rounds = await db.InputRounds.AsNoTracking().Where(r => r.BodyId == bodyId && (access.CanManage || r.Status != InputRoundStatus.Draft))
            .OrderByDescending(r => r.ClosesAtUtc).ThenBy(r => r.Id)
            .Select(r => new
            {
                Round = r,
                Answered = db.Inputs.Count(i => i.RoundId == r.Id),
                Parties = r.Mode == RespondentMode.PerGroup ? r.Groups.Count
                    : r.Mode == RespondentMode.PerPerson ? r.Invitees.Count
                    : db.Memberships.Count(m => m.BodyId == r.BodyId && m.LeftOn == null),
            })
            .ToListAsync(ct);
        var items = rounds.Select(x => new InputRoundSummaryDto(x.Round.Id, body, x.Round.Title, x.Round.Mode, Phase(x.Round, now),
            OsloTime.ToLocal(x.Round.OpensAtUtc), OsloTime.ToLocal(x.Round.ClosesAtUtc), x.Parties, x.Answered, x.Round.SummaryPublishedAt is not null)).ToList();
        return TypedResults.Ok(items.ToPage(paging));
    }

    static async Task<Results<Created<InputRoundDto>, NotFoundProblem, ForbiddenProblem, ValidationProblem>> Create(Guid bodyId,
        InputRoundInput input, NettverkDbContext db, BodyPermissions permissions, InputParties parties, TimeProvider clock, AppLinks links,
        CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        if (!access.CanManage) return Problems.Forbidden("Only the body's secretariat defines input rounds.");
        var round = new InputRound(bodyId, input.Mode, clock.GetUtcNow().UtcDateTime);
        if (await ApplyAsync(round, input, db, answered: false, ct) is { } problem) return problem;
        db.InputRounds.Add(round);
        await db.SaveChangesAsync(ct);
        var dto = await DtoAsync(new Loaded(round, access, []), db, clock, links, null, ct);
        return TypedResults.Created($"/api/input-rounds/{round.Id}", dto);
    }

    static async Task<Results<Ok<InputRoundDto>, NotFoundProblem, ForbiddenProblem, ValidationProblem>> Update(Guid id, InputRoundInput input,
        NettverkDbContext db, BodyPermissions permissions, InputParties parties, TimeProvider clock, AppLinks links, CancellationToken ct)
    {
        if (await LoadAsync(id, db, permissions, parties, track: true, ct) is not { } loaded) return RoundNotFound();
        if (!loaded.Access.CanManage) return Problems.Forbidden("Only the body's secretariat changes an input round.");
        var round = loaded.Round;
        if (round.Status != InputRoundStatus.Draft && input.Mode != round.Mode)
            throw new DomainRuleException("input_round_mode_fixed", "Who answers is fixed once the round is open.");
        var answered = await db.Inputs.AnyAsync(i => i.RoundId == id, ct);
        if (await ApplyAsync(round, input, db, answered, ct) is { } problem) return problem;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DtoAsync(loaded, db, clock, links, null, ct));
    }

    /// <summary>Checks the ties and invitees, then writes the input into the round.</summary>
    static async Task<ValidationProblem?> ApplyAsync(InputRound round, InputRoundInput input, NettverkDbContext db, bool answered, CancellationToken ct)
    {
        var meetingId = input.MeetingId;
        if (input.AgendaItemId is { } itemId)
        {
            var item = await db.AgendaItems.Where(a => a.Id == itemId && a.BodyId == round.BodyId).Select(a => new { a.MeetingId }).FirstOrDefaultAsync(ct);
            if (item is null) return Problems.Field("agendaItemId", ErrorCodes.AgendaItemNotOfBody, "The agenda item is not one of this body's.");
            meetingId = item.MeetingId;
        }
        if (meetingId is { } m && !await db.Meetings.AnyAsync(x => x.Id == m && x.BodyId == round.BodyId, ct))
            return Problems.Field("meetingId", ErrorCodes.MeetingNotOfBody, "The meeting is not one of this body's.");
        var invitees = (input.InviteeIds ?? []).Distinct().ToList();
        if (invitees.Count > 0 && await db.People.CountAsync(p => invitees.Contains(p.Id), ct) != invitees.Count)
            return Problems.Field("inviteeIds", ErrorCodes.PeopleNotFound, "Some of the people were not found.");
        round.Describe(input.Title, input.Introduction, meetingId, input.AgendaItemId, OsloTime.ToUtc(input.OpensAt), OsloTime.ToUtc(input.ClosesAt),
            input.AnswersShared, input.ReminderDaysBefore ?? InputRound.DefaultReminderDays);
        round.SetQuestions(input.Questions.Select(q => (q.Id, q.Kind, q.Text, (IReadOnlyList<string>)(q.Options ?? []))).ToList(), answered);
        if (round.Mode == RespondentMode.PerGroup) round.SetGroups((input.Groups ?? []).Select(g => (g.Id, g.Name)).ToList());
        if (round.Mode == RespondentMode.PerPerson) round.SetInvitees(invitees);
        return null;
    }

    static async Task<Results<Ok<InputRoundDto>, NotFoundProblem>> Get(Guid id, Guid? organisationId, NettverkDbContext db,
        BodyPermissions permissions, InputParties parties, TimeProvider clock, AppLinks links, CancellationToken ct)
    {
        if (await LoadAsync(id, db, permissions, parties, track: false, ct) is not { } loaded) return RoundNotFound();
        return TypedResults.Ok(await DtoAsync(loaded, db, clock, links, organisationId, ct));
    }

    static async Task<Results<Ok<InputRoundDto>, NotFoundProblem, ForbiddenProblem>> Open(Guid id, NettverkDbContext db,
        BodyPermissions permissions, InputParties parties, InputRoundReminders mail, TimeProvider clock, AppLinks links, CancellationToken ct)
    {
        if (await LoadAsync(id, db, permissions, parties, track: true, ct) is not { } loaded) return RoundNotFound();
        if (!loaded.Access.CanManage) return Problems.Forbidden("Only the body's secretariat opens an input round.");
        loaded.Round.Open(clock.GetUtcNow().UtcDateTime);
        await mail.InviteAsync(loaded.Round, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DtoAsync(loaded with { Mine = await parties.MineAsync(loaded.Round, ct) }, db, clock, links, null, ct));
    }

    static async Task<Results<Ok<Page<PartyStatusDto>>, NotFoundProblem, ForbiddenProblem>> Parties(Guid id, [AsParameters] PageQuery paging,
        NettverkDbContext db, BodyPermissions permissions, InputParties parties, CancellationToken ct)
    {
        if (await LoadAsync(id, db, permissions, parties, track: false, ct) is not { } loaded) return RoundNotFound();
        if (!loaded.Access.CanManage) return Problems.Forbidden("Only the body's secretariat follows who has answered.");
        var inputs = await db.Inputs.AsNoTracking().Where(i => i.RoundId == id)
            .Select(i => new { i.PartyId, i.Revision, i.UpdatedAt, i.UpdatedByName }).ToDictionaryAsync(i => i.PartyId, ct);
        var reminders = await db.InputRoundReminders.AsNoTracking().Where(r => r.RoundId == id).GroupBy(r => r.PartyId)
            .Select(g => new { PartyId = g.Key, Last = g.Max(r => r.SentAtUtc) }).ToDictionaryAsync(r => r.PartyId, r => r.Last, ct);
        var list = (await parties.OfAsync(loaded.Round, ct)).Select(p => inputs.TryGetValue(p.Id, out var i)
                ? new PartyStatusDto(p, true, i.Revision, i.UpdatedAt, i.UpdatedByName, reminders.GetValueOrDefault(p.Id))
                : new PartyStatusDto(p, false, 0, null, null, reminders.TryGetValue(p.Id, out var r) ? r : null))
            .ToList();
        return TypedResults.Ok(list.ToPage(paging, 200));
    }

    static async Task<Results<Ok<InputDto>, NotFoundProblem, ValidationProblem>> Answer(Guid id, SaveInputRequest request,
        NettverkDbContext db, BodyPermissions permissions, InputParties parties, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (await LoadAsync(id, db, permissions, parties, track: false, ct) is not { } loaded) return RoundNotFound();
        var party = request.OrganisationId is { } org ? loaded.Mine.FirstOrDefault(p => p.Id == org) : loaded.Mine.FirstOrDefault();
        if (party is null) return Problems.NotFound("An invitation to answer this input round");
        var caller = await permissions.CallerAsync(ct);
        var name = caller.PersonId is { } me ? await db.People.Where(p => p.Id == me).Select(p => p.Name).FirstAsync(ct) : user.Email ?? "";
        return await SaveAsync(loaded.Round, party, request, name, caller.PersonId, db, clock, ct);
    }

    static async Task<Results<Ok<InputDto>, NotFoundProblem, ValidationProblem>> SaveAsync(InputRound round, PartyRef party,
        SaveInputRequest request, string byName, Guid? byPersonId, NettverkDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        round.EnsureAnswerable(now);
        for (var attempt = 0; ; attempt++)
        {
            var input = await db.Inputs.Include(i => i.Answers).FirstOrDefaultAsync(i => i.RoundId == round.Id && i.PartyId == party.Id, ct);
            if (input is null) db.Inputs.Add(input = new Input(round, party.Id));
            var (rows, failures) = InputAnswering.Read(request.Answers, round.Questions, input.Id, round.Id);
            if (failures.Count > 0) return Problems.Fields(failures);
            var content = JsonSerializer.Serialize(InputAnswering.Answers(rows, round.Questions), JsonSerializerOptions.Web);
            db.InputRevisions.Add(input.Save(rows, content, byName, byPersonId, now));
            try
            {
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(new InputDto(party, input.Revision, input.UpdatedAt, input.UpdatedByName, InputAnswering.Answers(input.Answers, round.Questions)));
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Someone of the same party saved at the same moment: the last save wins, so save again on top of theirs.
                db.ChangeTracker.Clear();
            }
        }
    }

    static async Task<Results<Ok<GroupInputRoundDto>, NotFoundProblem>> GetForGroup(string token, NettverkDbContext db, TimeProvider clock,
        CancellationToken ct)
    {
        if (await GroupAsync(token, db, ct) is not var (round, group, bodyName)) return GroupLinkInvalid();
        var party = new PartyRef(group.Id, group.Name, RespondentMode.PerGroup);
        return TypedResults.Ok(new GroupInputRoundDto(round.Id, bodyName, round.Title, SafeMarkdown.ToHtml(round.Introduction),
            OsloTime.ToLocal(round.OpensAtUtc), OsloTime.ToLocal(round.ClosesAtUtc), Phase(round, clock.GetUtcNow().UtcDateTime),
            Questions(round), await InputOfAsync(db, round, party, ct)));
    }

    static async Task<Results<Ok<InputDto>, NotFoundProblem, ValidationProblem>> AnswerForGroup(string token, SaveInputRequest request,
        NettverkDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await GroupAsync(token, db, ct) is not var (round, group, _)) return GroupLinkInvalid();
        var name = string.IsNullOrWhiteSpace(request.Name) ? group.Name : request.Name.Trim();
        return await SaveAsync(round, new PartyRef(group.Id, group.Name, RespondentMode.PerGroup), request, name, null, db, clock, ct);
    }

    static NotFoundProblem GroupLinkInvalid() => new(TypedResults.Problem(statusCode: 404, title: "The group link is not valid.",
        extensions: new Dictionary<string, object?> { ["code"] = "input_group_link_invalid" }));

    static async Task<(InputRound Round, InputGroup Group, string BodyName)?> GroupAsync(string token, NettverkDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 20) return null;
        var group = await db.InputGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Token == token, ct);
        if (group is null) return null;
        var round = await db.InputRounds.AsNoTracking().Include(r => r.Questions).FirstAsync(r => r.Id == group.RoundId, ct);
        if (round.Status == InputRoundStatus.Draft || round.Mode != RespondentMode.PerGroup) return null;
        var bodyName = await db.Bodies.Where(b => b.Id == round.BodyId).Select(b => b.Name).SingleAsync(ct);
        return (round, group, bodyName);
    }

    static bool ResultsVisible(Loaded loaded, DateTime now) =>
        loaded.Access.CanManage || (loaded.Round.AnswersShared && loaded.Round.IsClosedAt(now) && (loaded.Access.CanView || loaded.Mine.Count > 0));

    static async Task<Results<Ok<InputResultsDto>, NotFoundProblem>> Results(Guid id, NettverkDbContext db, BodyPermissions permissions,
        InputParties parties, TimeProvider clock, CancellationToken ct)
    {
        if (await LoadAsync(id, db, permissions, parties, track: false, ct) is not { } loaded || !ResultsVisible(loaded, clock.GetUtcNow().UtcDateTime))
            return RoundNotFound();
        return TypedResults.Ok(await InputResults.ComputeAsync(db, loaded.Round, await parties.OfAsync(loaded.Round, ct), ct));
    }

    static async Task<Results<FileContentHttpResult, NotFoundProblem, ForbiddenProblem>> ExportResults(Guid id, NettverkDbContext db,
        BodyPermissions permissions, InputParties parties, TimeProvider clock, CancellationToken ct)
    {
        if (await LoadAsync(id, db, permissions, parties, track: false, ct) is not { } loaded) return RoundNotFound();
        if (!loaded.Access.CanManage) return Problems.Forbidden("Only the body's secretariat exports the answers.");
        var results = await InputResults.ComputeAsync(db, loaded.Round, await parties.OfAsync(loaded.Round, ct), ct);
        using var writer = new StringWriter();
        using (var csv = CsvExport.Writer(writer))
        {
            foreach (var header in new[] { "Nr.", "Spørsmål", "Svar fra", "Svar", "Sist lagret av", "Sist lagret" }) csv.WriteField(header);
            csv.NextRecord();
            foreach (var q in results.Questions)
                foreach (var a in q.Answers)
                {
                    csv.WriteField(q.Position);
                    csv.WriteField(q.Text);
                    csv.WriteField(a.Party.Name);
                    csv.WriteField(InputAnswering.Text(a.Answer));
                    csv.WriteField(a.UpdatedByName);
                    csv.WriteField(OsloTime.ToLocal(a.UpdatedAt).ToString("yyyy-MM-dd HH:mm"));
                    csv.NextRecord();
                }
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"innspill-{clock.GetUtcNow():yyyy-MM-dd}.csv");
    }

    static async Task<Results<Ok<InputRoundDto>, NotFoundProblem, ForbiddenProblem>> PublishSummary(Guid id, PublishSummaryRequest request,
        NettverkDbContext db, BodyPermissions permissions, InputParties parties, TimeProvider clock, AppLinks links, CancellationToken ct)
    {
        if (await LoadAsync(id, db, permissions, parties, track: true, ct) is not { } loaded) return RoundNotFound();
        if (!loaded.Access.CanManage) return Problems.Forbidden("Only the body's secretariat publishes the summary.");
        loaded.Round.PublishSummary(request.Summary, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DtoAsync(loaded, db, clock, links, null, ct));
    }

    /// <summary>Appends the published summary to the notes of the round's agenda item in the meeting's draft minutes.</summary>
    static async Task<Results<NoContent, NotFoundProblem, ForbiddenProblem>> SummaryToMinutes(Guid id, NettverkDbContext db,
        BodyPermissions permissions, InputParties parties, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (await LoadAsync(id, db, permissions, parties, track: false, ct) is not { } loaded) return RoundNotFound();
        if (!loaded.Access.CanManage) return Problems.Forbidden("Only the body's secretariat writes the minutes.");
        var round = loaded.Round;
        if (round.Summary is null) throw new DomainRuleException("input_round_no_summary", "Publish a summary first.");
        if (round.AgendaItemId is null || round.MeetingId is null)
            throw new DomainRuleException("input_round_no_agenda_item", "The round belongs to no agenda item whose minutes it could go into.");
        var minutes = await db.Minutes.Include(m => m.Entries).FirstOrDefaultAsync(m => m.MeetingId == round.MeetingId, ct)
            ?? throw new DomainRuleException("input_round_no_minutes", "The meeting has no minutes yet: start them first.");
        if (!minutes.IsEditable) throw new DomainRuleException("input_round_minutes_not_draft", "The minutes are no longer a draft.");
        var entry = minutes.Entries.FirstOrDefault(e => e.AgendaItemId == round.AgendaItemId)
            ?? throw new DomainRuleException("input_round_no_agenda_item", "The minutes have no entry for the round's agenda item.");
        var block = $"**Oppsummering av innspillsrunden «{round.Title}»**\n\n{round.Summary}";
        entry.Write(string.IsNullOrWhiteSpace(entry.Notes) ? block : $"{entry.Notes.TrimEnd()}\n\n{block}", entry.Decision, entry.IsPublic);
        minutes.Touch(clock.GetUtcNow().UtcDateTime, user.Email!);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static List<QuestionDto> Questions(InputRound round) =>
        round.Questions.OrderBy(q => q.Position).Select(q => new QuestionDto(q.Id, q.Position, q.Kind, q.Text, q.Options)).ToList();

    static async Task<InputDto> InputOfAsync(NettverkDbContext db, InputRound round, PartyRef party, CancellationToken ct)
    {
        var input = await db.Inputs.AsNoTracking().Include(i => i.Answers).FirstOrDefaultAsync(i => i.RoundId == round.Id && i.PartyId == party.Id, ct);
        return input is null ? new InputDto(party, 0, null, null, [])
            : new InputDto(party, input.Revision, input.UpdatedAt, input.UpdatedByName, InputAnswering.Answers(input.Answers, round.Questions));
    }

    static async Task<InputRoundDto> DtoAsync(Loaded loaded, NettverkDbContext db, TimeProvider clock, AppLinks links, Guid? organisationId,
        CancellationToken ct)
    {
        var (round, access, mine) = loaded;
        var now = clock.GetUtcNow().UtcDateTime;
        var body = await db.Bodies.Where(b => b.Id == round.BodyId).Select(b => new NamedRef(b.Id, b.Name)).SingleAsync(ct);
        var meeting = round.MeetingId is { } mid
            ? await db.Meetings.Where(m => m.Id == mid).Select(m => new { m.Title, m.StartsAtLocal }).FirstOrDefaultAsync(ct) : null;
        var item = round.AgendaItemId is { } aid ? await db.AgendaItems.Where(a => a.Id == aid).Select(a => a.Title).FirstOrDefaultAsync(ct) : null;
        var party = organisationId is { } org ? mine.FirstOrDefault(p => p.Id == org) ?? mine.FirstOrDefault() : mine.FirstOrDefault();
        var manage = access.CanManage;
        var invitees = manage && round.Invitees.Count > 0
            ? await db.People.Where(p => round.Invitees.Select(i => i.PersonId).Contains(p.Id)).OrderBy(p => p.Name)
                .Select(p => new NamedRef(p.Id, p.Name)).ToListAsync(ct)
            : [];
        var closedSummary = round.IsClosedAt(now) || manage;
        return new InputRoundDto(round.Id, body, round.MeetingId, meeting?.Title, meeting?.StartsAtLocal, round.AgendaItemId, item, round.Title,
            round.Introduction, SafeMarkdown.ToHtml(round.Introduction), OsloTime.ToLocal(round.OpensAtUtc), OsloTime.ToLocal(round.ClosesAtUtc),
            round.Mode, round.AnswersShared, round.ReminderDaysBefore, round.Status, Phase(round, now),
            closedSummary ? round.Summary : null, closedSummary ? SafeMarkdown.ToHtml(round.Summary) : null,
            closedSummary ? round.SummaryPublishedAt : null, round.Version, manage, await db.Inputs.AnyAsync(i => i.RoundId == round.Id, ct),
            Questions(round),
            manage ? round.Groups.OrderBy(g => g.Position).Select(g => new InputGroupDto(g.Id, g.Name, g.Token, links.To($"/innspill/gruppe/{g.Token}"))).ToList() : [],
            invitees, mine, party is null ? null : await InputOfAsync(db, round, party, ct), ResultsVisible(loaded, now));
    }
}
