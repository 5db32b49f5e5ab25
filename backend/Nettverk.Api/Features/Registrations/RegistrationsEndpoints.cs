using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Registrations;

/// <summary>The body's secretariat sees and exports who has registered and sets capacity and open/closed. Everyone else
/// gets 404 (registrants' data is the secretariat's alone, not the members').</summary>
public static class RegistrationsEndpoints
{
    public static IEndpointRouteBuilder MapRegistrationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id:guid}").WithTags("Registrations").RequireAuthorization();
        group.MapGet("/registration-settings", GetSettings).WithName("getRegistrationSettings");
        group.MapPut("/registration-settings", PutSettings).WithName("updateRegistrationSettings")
            .ProducesRuleConflict("registration_meeting_not_open", "meeting_cancelled", "meeting_past");
        group.MapGet("/registrations", List).WithName("listRegistrations");
        group.MapGet("/registrations.csv", Export).WithName("exportRegistrations");
        return app;
    }

    static async Task<Meeting?> ManagedAsync(NettverkDbContext db, BodyPermissions permissions, Guid id, CancellationToken ct)
    {
        var (meeting, access) = await MeetingAccess.ForViewAsync(db, permissions, id, ct);
        return meeting is not null && access!.CanManage ? meeting : null;
    }

    static async Task<RegistrationSettingsDto> DtoAsync(NettverkDbContext db, Meeting meeting, RegistrationSettings? s, DateTime now, CancellationToken ct)
    {
        var counts = await RegistrationReads.CountsAsync(db, meeting.Id, ct);
        var capacity = RegistrationDesk.CapacityOf(s);
        return new(meeting.Id, capacity, s?.IsClosed ?? false, s?.ClosesAt, RegistrationDesk.Refusal(meeting, s, now) is null,
            counts.Confirmed, counts.WaitListed, counts.Unconfirmed, Math.Max(0, capacity - counts.Confirmed));
    }

    static async Task<Results<Ok<RegistrationSettingsDto>, NotFoundProblem>> GetSettings(Guid id, NettverkDbContext db, BodyPermissions permissions,
        RegistrationDesk desk, TimeProvider clock, CancellationToken ct)
    {
        var meeting = await ManagedAsync(db, permissions, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        return TypedResults.Ok(await DtoAsync(db, meeting, await desk.SettingsAsync(id, ct), clock.GetUtcNow().UtcDateTime, ct));
    }

    static async Task<Results<Ok<RegistrationSettingsDto>, NotFoundProblem, ValidationProblem, ConflictProblem>> PutSettings(Guid id,
        RegistrationSettingsInput input, NettverkDbContext db, BodyPermissions permissions, RegistrationDesk desk, TimeProvider clock, CancellationToken ct)
    {
        return await desk.RetryingAsync<Results<Ok<RegistrationSettingsDto>, NotFoundProblem, ValidationProblem, ConflictProblem>>(async () =>
        {
            var meeting = await ManagedAsync(db, permissions, id, ct);
            if (meeting is null) return Problems.NotFound("The meeting");
            var now = clock.GetUtcNow().UtcDateTime;
            if (!meeting.IsOpen) return Problems.Conflict("registration_meeting_not_open", "Only an open meeting takes registrations.");
            if (meeting.Status == MeetingStatus.Cancelled) return Problems.Conflict("meeting_cancelled", "The meeting is cancelled.");
            if (meeting.HasEnded(now)) return Problems.Conflict("meeting_past", "The meeting is over.");
            var settings = await desk.SettingsAsync(id, ct);
            if (settings is null) db.RegistrationSettings.Add(settings = new RegistrationSettings(id, now));
            settings.Set(input.Capacity, input.IsClosed, input.ClosesAt, now);
            // A raised capacity seats those waiting at once.
            await desk.FillSeatsAsync(meeting, settings, ct);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await DtoAsync(db, meeting, settings, now, ct));
        }, ct);
    }

    static async Task<List<RegistrationRow>> RowsAsync(NettverkDbContext db, Guid meetingId, RegistrationStatus? status, DateTime now,
        PageQuery? paging, CancellationToken ct, Action<int>? total = null)
    {
        var query = db.Registrations.AsNoTracking().Where(r => r.MeetingId == meetingId);
        if (status is { } s) query = query.Where(r => r.Status == s);
        var ordered = query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id);
        List<Registration> items;
        if (paging is { } p)
        {
            var page = await ordered.ToPageAsync(p, ct);
            total?.Invoke(page.Total);
            items = page.Items.ToList();
        }
        else items = await ordered.ToListAsync(ct);
        var waiting = await db.Registrations.AsNoTracking().Where(r => r.MeetingId == meetingId && r.Status == RegistrationStatus.WaitListed)
            .OrderBy(r => r.WaitListedAt).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        return items.Select(r => new RegistrationRow(r.Id, r.Name, r.Email, r.Organisation, r.Needs, r.Status, r.SeatNumber,
            r.Status == RegistrationStatus.WaitListed ? waiting.IndexOf(r.Id) + 1 : null, r.CreatedAt, r.ConfirmedAt, r.CancelledAt,
            r.IsExpired(now))).ToList();
    }

    static async Task<Results<Ok<Page<RegistrationRow>>, NotFoundProblem>> List(Guid id, [AsParameters] PageQuery paging,
        RegistrationStatus? status, NettverkDbContext db, BodyPermissions permissions, TimeProvider clock, CancellationToken ct)
    {
        var meeting = await ManagedAsync(db, permissions, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        var total = 0;
        var rows = await RowsAsync(db, id, status, clock.GetUtcNow().UtcDateTime, paging, ct, t => total = t);
        return TypedResults.Ok(new Page<RegistrationRow>(rows, total, paging.Number, paging.SizeOr(Paging.DefaultSize)));
    }

    static readonly Dictionary<RegistrationStatus, string> StatusText = new()
    {
        [RegistrationStatus.Unconfirmed] = "Ikke bekreftet",
        [RegistrationStatus.Confirmed] = "Påmeldt",
        [RegistrationStatus.WaitListed] = "Venteliste",
        [RegistrationStatus.Cancelled] = "Avmeldt",
    };

    /// <summary>Semicolon-separated UTF-8 with a byte order mark, formula-safe (Common/CsvExport.cs).</summary>
    static async Task<Results<FileContentHttpResult, NotFoundProblem>> Export(Guid id, RegistrationStatus? status, NettverkDbContext db,
        BodyPermissions permissions, TimeProvider clock, CancellationToken ct)
    {
        var meeting = await ManagedAsync(db, permissions, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        var rows = await RowsAsync(db, id, status, clock.GetUtcNow().UtcDateTime, null, ct);
        using var writer = new StringWriter();
        using (var csv = CsvExport.Writer(writer))
        {
            foreach (var header in new[] { "Navn", "E-post", "Organisasjon", "Behov", "Status", "Plass", "Venteliste nr.", "Påmeldt", "Bekreftet", "Avmeldt" })
                csv.WriteField(header);
            csv.NextRecord();
            foreach (var r in rows)
            {
                csv.WriteField(r.Name);
                csv.WriteField(r.Email);
                csv.WriteField(r.Organisation);
                csv.WriteField(r.Needs);
                csv.WriteField(StatusText[r.Status]);
                csv.WriteField(r.SeatNumber?.ToString());
                csv.WriteField(r.WaitingPosition?.ToString());
                csv.WriteField(Local(r.CreatedAt));
                csv.WriteField(r.ConfirmedAt is { } c ? Local(c) : null);
                csv.WriteField(r.CancelledAt is { } x ? Local(x) : null);
                csv.NextRecord();
            }
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"pameldinger-{meeting.StartsAtLocal:yyyy-MM-dd}.csv");
    }

    static string Local(DateTime utc) => Calendar.OsloTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm");
}
