using Microsoft.AspNetCore.Http.HttpResults;
using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Statistics;

/// <summary>Statistics of a body for its secretariat (and administrators): attendance, answers to invitations, action
/// items over time, hearing and input round participation; each as JSON and as CSV. Anyone else gets 404: the figures
/// name organisations' absences, which is the secretariat's working material, not the members'.</summary>
public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bodies/{bodyId:guid}/statistics").WithTags("Statistics").RequireAuthorization();
        group.MapGet("/attendance", Attendance).WithName("getAttendanceStatistics");
        group.MapGet("/attendance.csv", AttendanceCsv).WithName("exportAttendanceStatistics");
        group.MapGet("/answers", Answers).WithName("getAnswerStatistics");
        group.MapGet("/answers.csv", AnswersCsv).WithName("exportAnswerStatistics");
        group.MapGet("/action-items", ActionItems).WithName("getActionItemStatistics");
        group.MapGet("/action-items.csv", ActionItemsCsv).WithName("exportActionItemStatistics");
        group.MapGet("/participation", Participation).WithName("getParticipationStatistics");
        group.MapGet("/participation.csv", ParticipationCsv).WithName("exportParticipationStatistics");
        return app;
    }

    /// <summary>Null when the caller may see the figures; otherwise the answer (404 for the body, 400 for the period).</summary>
    static async Task<IResult?> RefusalAsync(Guid bodyId, DateOnly? from, DateOnly? to, BodyPermissions permissions, CancellationToken ct)
    {
        if (!(await permissions.ForBodyAsync(bodyId, ct)).CanManage) return Problems.NotFound("The body");
        if (from is { } f && to is { } t && t < f)
            return Problems.Field("to", ErrorCodes.PeriodEndsBeforeStart, "The period cannot end before it begins.");
        return null;
    }

    /// <summary>The refusal when there is one, else the figures.</summary>
    static async Task<Results<TFigures, NotFoundProblem, ValidationProblem>> Figures<TFigures>(IResult? refusal, Func<Task<TFigures>> figures)
        where TFigures : IResult => refusal switch
        {
            NotFoundProblem notFound => notFound,
            ValidationProblem invalid => invalid,
            _ => await figures(),
        };

    static async Task<Results<Ok<AttendanceStatistics>, NotFoundProblem, ValidationProblem>> Attendance(Guid bodyId, DateOnly? from, DateOnly? to,
        StatisticsQueries queries, BodyPermissions permissions, CancellationToken ct) =>
        await Figures(await RefusalAsync(bodyId, from, to, permissions, ct), async () =>
            TypedResults.Ok(await queries.AttendanceAsync(bodyId, new Period(from, to), ct)));

    static async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> AttendanceCsv(Guid bodyId, DateOnly? from, DateOnly? to,
        StatisticsQueries queries, BodyPermissions permissions, TimeProvider clock, CancellationToken ct) =>
        await Figures(await RefusalAsync(bodyId, from, to, permissions, ct), async () =>
            StatisticsCsv.Attendance(await queries.AttendanceAsync(bodyId, new Period(from, to), ct), clock));

    static async Task<Results<Ok<AnswerStatistics>, NotFoundProblem, ValidationProblem>> Answers(Guid bodyId, DateOnly? from, DateOnly? to,
        StatisticsQueries queries, BodyPermissions permissions, CancellationToken ct) =>
        await Figures(await RefusalAsync(bodyId, from, to, permissions, ct), async () =>
            TypedResults.Ok(await queries.AnswersAsync(bodyId, new Period(from, to), ct)));

    static async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> AnswersCsv(Guid bodyId, DateOnly? from, DateOnly? to,
        StatisticsQueries queries, BodyPermissions permissions, TimeProvider clock, CancellationToken ct) =>
        await Figures(await RefusalAsync(bodyId, from, to, permissions, ct), async () =>
            StatisticsCsv.Answers(await queries.AnswersAsync(bodyId, new Period(from, to), ct), clock));

    static async Task<Results<Ok<ActionItemStatistics>, NotFoundProblem, ValidationProblem>> ActionItems(Guid bodyId, DateOnly? from, DateOnly? to,
        StatisticsQueries queries, BodyPermissions permissions, CancellationToken ct) =>
        await Figures(await RefusalAsync(bodyId, from, to, permissions, ct), async () =>
            TypedResults.Ok(await queries.ActionItemsAsync(bodyId, new Period(from, to), ct)));

    static async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> ActionItemsCsv(Guid bodyId, DateOnly? from, DateOnly? to,
        StatisticsQueries queries, BodyPermissions permissions, TimeProvider clock, CancellationToken ct) =>
        await Figures(await RefusalAsync(bodyId, from, to, permissions, ct), async () =>
            StatisticsCsv.ActionItems(await queries.ActionItemsAsync(bodyId, new Period(from, to), ct), clock));

    static async Task<Results<Ok<ParticipationStatistics>, NotFoundProblem, ValidationProblem>> Participation(Guid bodyId, DateOnly? from,
        DateOnly? to, StatisticsQueries queries, BodyPermissions permissions, CancellationToken ct) =>
        await Figures(await RefusalAsync(bodyId, from, to, permissions, ct), async () =>
            TypedResults.Ok(await queries.ParticipationAsync(bodyId, new Period(from, to), ct)));

    static async Task<Results<FileContentHttpResult, NotFoundProblem, ValidationProblem>> ParticipationCsv(Guid bodyId, DateOnly? from,
        DateOnly? to, StatisticsQueries queries, BodyPermissions permissions, TimeProvider clock, CancellationToken ct) =>
        await Figures(await RefusalAsync(bodyId, from, to, permissions, ct), async () =>
            StatisticsCsv.Participation(await queries.ParticipationAsync(bodyId, new Period(from, to), ct), clock));
}
