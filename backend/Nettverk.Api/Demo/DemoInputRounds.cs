using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.InputRounds;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Demo;

/// <summary>The first meeting's forventningsrunde (seed 004: "Gruppevis"), answered by three breakout groups and summed up,
/// fictional content. (No open round: the start page's and the tests' expectations of the demo data stay as they were.)</summary>
public static class DemoInputRounds
{
    public static void Add(NettverkDbContext db, Body network, DateTime nowUtc)
    {
        var item = db.AgendaItems.Local.Single(a => a.BodyId == network.Id && a.Title == "Forventningsrunde");
        var meeting = db.Meetings.Local.Single(m => m.Id == item.MeetingId);
        var opens = meeting.StartsAtUtc.AddMinutes(80);
        var round = new InputRound(network.Id, RespondentMode.PerGroup, opens.AddDays(-1));
        round.Describe("Forventningsrunde", "Drøft i gruppene og svar sammen fra én telefon:\n\n- Hva forventer dere av nettverket?\n- Hvilke tema er viktigst?",
            meeting.Id, item.Id, opens, opens.AddDays(7), answersShared: true, reminderDaysBefore: 0);
        round.SetQuestions([
            (null, QuestionKind.FreeText, "Hva forventer dere av nettverket?", []),
            (null, QuestionKind.SingleChoice, "Hvilket tema er viktigst det første året?", ["Kompetanse i arbeidslivet", "Rekruttering til fagutdanning", "Innovasjon"]),
            (null, QuestionKind.Scale, "Hvor godt kjenner dere de fire strategiene (1–5)?", []),
            (null, QuestionKind.Ranking, "Ranger arbeidsformene", ["Nettverksmøter", "Arbeidsgrupper", "Innspill til strategier"]),
        ], answered: false);
        round.SetGroups([(null, "Gruppe 1"), (null, "Gruppe 2"), (null, "Gruppe 3")]);
        round.Open(opens.AddDays(-1));
        db.InputRounds.Add(round);

        var q = round.Questions.OrderBy(x => x.Position).ToList();
        (string Text, int Choice, int Scale, int[] Ranking)[] answers =
        [
            ("Et sted å dele erfaringer og se behovene i regionen samlet.", 0, 3, [0, 2, 1]),
            ("Konkrete tiltak for rekruttering til fag- og yrkesopplæringen.", 1, 2, [1, 0, 2]),
            ("At innspillene våre faktisk påvirker strategiene.", 0, 4, [2, 0, 1]),
        ];
        for (var g = 0; g < 3; g++)
        {
            var group = round.Groups.Single(x => x.Position == g + 1);
            var input = new Input(round, group.Id);
            var a = answers[g];
            var rows = new List<InputAnswer>
            {
                new(input.Id, round.Id, q[0].Id, text: a.Text),
                new(input.Id, round.Id, q[1].Id, optionIndex: a.Choice),
                new(input.Id, round.Id, q[2].Id, number: a.Scale),
            };
            rows.AddRange(a.Ranking.Select((option, rank) => new InputAnswer(input.Id, round.Id, q[3].Id, optionIndex: option, rank: rank + 1)));
            var saved = opens.AddMinutes(10 + g);
            db.Inputs.Add(input);
            db.InputRevisions.Add(input.Save(rows, "[]", group.Name, null, saved));
        }
        round.PublishSummary("Gruppene ønsker et nettverk som deler erfaringer og gir innspill som påvirker strategiene. "
            + "Kompetanse i arbeidslivet og rekruttering til fagutdanning er de viktigste temaene. Nettverksmøtene rangeres høyest.",
            nowUtc > round.ClosesAtUtc ? nowUtc : round.ClosesAtUtc);
    }
}
