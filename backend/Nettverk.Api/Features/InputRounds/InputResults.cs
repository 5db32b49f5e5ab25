using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.InputRounds;

/// <summary>A round's answers side by side per question, with who gave them, and the figures for its charts: how many
/// chose each option or scale value, the scale's average and each option's average rank, counted by the database.</summary>
public static class InputResults
{
    public static async Task<InputResultsDto> ComputeAsync(NettverkDbContext db, InputRound round, IReadOnlyList<PartyRef> parties,
        CancellationToken ct)
    {
        var inputs = await db.Inputs.AsNoTracking().Where(i => i.RoundId == round.Id)
            .Select(i => new { i.Id, i.PartyId, i.UpdatedByName, i.UpdatedAt }).ToListAsync(ct);
        var rows = await db.InputAnswers.AsNoTracking().Where(a => a.RoundId == round.Id).ToListAsync(ct);
        var optionCounts = await db.InputAnswers.Where(a => a.RoundId == round.Id && a.OptionIndex != null && a.Rank == null)
            .GroupBy(a => new { a.QuestionId, a.OptionIndex }).Select(g => new { g.Key.QuestionId, g.Key.OptionIndex, Count = g.Count() })
            .ToListAsync(ct);
        var scaleCounts = await db.InputAnswers.Where(a => a.RoundId == round.Id && a.Number != null)
            .GroupBy(a => new { a.QuestionId, a.Number }).Select(g => new { g.Key.QuestionId, g.Key.Number, Count = g.Count() })
            .ToListAsync(ct);
        var scaleAverages = await db.InputAnswers.Where(a => a.RoundId == round.Id && a.Number != null)
            .GroupBy(a => a.QuestionId).Select(g => new { QuestionId = g.Key, Average = g.Average(a => (double)a.Number!.Value) })
            .ToListAsync(ct);
        var ranks = await db.InputAnswers.Where(a => a.RoundId == round.Id && a.Rank != null)
            .GroupBy(a => new { a.QuestionId, a.OptionIndex })
            .Select(g => new { g.Key.QuestionId, g.Key.OptionIndex, Count = g.Count(), Average = g.Average(a => (double)a.Rank!.Value) })
            .ToListAsync(ct);

        var partyById = parties.ToDictionary(p => p.Id);
        var questions = new List<QuestionResultDto>();
        foreach (var q in round.Questions.OrderBy(q => q.Position))
        {
            var answers = new List<PartyAnswerDto>();
            foreach (var input in inputs)
            {
                var mine = rows.Where(r => r.InputId == input.Id && r.QuestionId == q.Id).ToList();
                if (mine.Count == 0) continue;
                var party = partyById.GetValueOrDefault(input.PartyId) ?? new PartyRef(input.PartyId, "–", round.Mode);
                answers.Add(new PartyAnswerDto(party, input.UpdatedByName, input.UpdatedAt, InputAnswering.Answer(q, mine)));
            }
            answers = answers.OrderBy(a => a.Party.Name, StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), false)).ToList();
            List<OptionCountDto> counts = q.Kind switch
            {
                QuestionKind.SingleChoice or QuestionKind.MultipleChoice => q.Options.Select((o, i) => new OptionCountDto(o,
                    optionCounts.FirstOrDefault(c => c.QuestionId == q.Id && c.OptionIndex == i)?.Count ?? 0, null)).ToList(),
                QuestionKind.Scale => Enumerable.Range(1, 5).Select(n => new OptionCountDto(n.ToString(),
                    scaleCounts.FirstOrDefault(c => c.QuestionId == q.Id && c.Number == n)?.Count ?? 0, null)).ToList(),
                QuestionKind.Ranking => q.Options.Select((o, i) => ranks.FirstOrDefault(r => r.QuestionId == q.Id && r.OptionIndex == i) is { } r
                    ? new OptionCountDto(o, r.Count, Math.Round(r.Average, 2)) : new OptionCountDto(o, 0, null)).ToList(),
                _ => [],
            };
            var average = q.Kind == QuestionKind.Scale ? scaleAverages.FirstOrDefault(a => a.QuestionId == q.Id)?.Average : null;
            questions.Add(new QuestionResultDto(q.Id, q.Position, q.Kind, q.Text, q.Options, answers, counts,
                average is { } avg ? Math.Round(avg, 2) : null));
        }
        return new InputResultsDto(round.Id, round.Title, parties.Count, inputs.Count(i => partyById.ContainsKey(i.PartyId)), questions);
    }
}
