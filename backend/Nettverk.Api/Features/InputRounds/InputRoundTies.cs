using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.InputRounds;

/// <summary>What happens to a round when what it is tied to goes. The foreign keys cannot null themselves out: on SQL
/// Server a meeting would then reach a round by two SET NULL paths (directly, and through its agenda items), which it
/// refuses. So the code that removes an agenda item unties the rounds in the same save.</summary>
public static class InputRoundTies
{
    public static async Task ForgetAgendaItemAsync(NettverkDbContext db, Guid agendaItemId, CancellationToken ct)
    {
        foreach (var round in await db.InputRounds.Where(r => r.AgendaItemId == agendaItemId).ToListAsync(ct)) round.ForgetAgendaItem();
    }
}
