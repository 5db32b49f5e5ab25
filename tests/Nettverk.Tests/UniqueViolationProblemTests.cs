using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Nettverk.Api.Common;

namespace Nettverk.Tests;

/// <summary>A save refused by a unique index (a row a racing request committed first) is a 409 with a code, never a 500.</summary>
public sealed class UniqueViolationProblemTests
{
    const int SqliteConstraint = 19, SqliteConstraintUnique = 2067, SqliteConstraintForeignKey = 787;

    [Fact]
    public async Task AUniqueIndexViolation_Answers409_WithTheConflictCode()
    {
        var failure = new DbUpdateException("An error occurred while saving the entity changes.",
            new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: Invitations.MeetingId, Invitations.PersonId'.", SqliteConstraint, SqliteConstraintUnique));

        var (handled, status, code) = await HandleAsync(failure);

        (handled, status, code).Should().Be((true, 409, "conflict"));
    }

    [Fact]
    public async Task AnotherConstraintFailure_IsLeftAsTheErrorItIs()
    {
        var failure = new DbUpdateException("An error occurred while saving the entity changes.",
            new SqliteException("SQLite Error 19: 'FOREIGN KEY constraint failed'.", SqliteConstraint, SqliteConstraintForeignKey));

        (await HandleAsync(failure)).Handled.Should().BeFalse("a broken foreign key is our bug, not the caller's conflict");
    }

    static async Task<(bool Handled, int Status, string? Code)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var handler = new ProblemExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<ProblemExceptionHandler>.Instance);
        var http = new DefaultHttpContext { RequestServices = services };
        http.Response.Body = new MemoryStream();
        var handled = await handler.TryHandleAsync(http, exception, default);
        if (!handled) return (false, http.Response.StatusCode, null);
        http.Response.Body.Position = 0;
        var problem = await JsonDocument.ParseAsync(http.Response.Body);
        return (true, http.Response.StatusCode, problem.RootElement.GetProperty("code").GetString());
    }
}
