using System.Text.Json;
using Nettverk.Api.Common;

namespace Nettverk.Api.Features.InputRounds;

/// <summary>Reads answers as a respondent sends them (a value whose shape follows the question's kind) into rows the
/// database can count, and back. Each refusal names the field: <c>answers[2].value</c>, <c>answers[0].questionId</c>.</summary>
public static class InputAnswering
{
    public const int MaxText = 20000;

    public static (List<InputAnswer> Rows, List<FieldFailure> Failures) Read(IReadOnlyList<AnswerInput> answers,
        IReadOnlyList<InputQuestion> questions, Guid inputId, Guid roundId)
    {
        var rows = new List<InputAnswer>();
        var failures = new List<FieldFailure>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < answers.Count; i++)
        {
            var a = answers[i];
            var field = $"answers[{i}]";
            var q = questions.FirstOrDefault(x => x.Id == a.QuestionId);
            if (q is null)
            {
                failures.Add(new($"{field}.questionId", ErrorCodes.InputQuestionUnknown, "No such question in this round."));
                continue;
            }
            if (!seen.Add(q.Id))
            {
                failures.Add(new($"{field}.questionId", ErrorCodes.InputQuestionAnsweredTwice, "The question is answered twice."));
                continue;
            }
            var v = a.Value;
            if (v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) continue; // left unanswered
            FieldFailure WrongType(string expected) =>
                new($"{field}.value", ErrorCodes.InputAnswerWrongType, $"The answer to this question is {expected}.", new Dictionary<string, object> { ["expected"] = expected });
            switch (q.Kind)
            {
                case QuestionKind.FreeText:
                    if (v.ValueKind != JsonValueKind.String) { failures.Add(WrongType("text")); break; }
                    var text = v.GetString()!.Trim();
                    if (text.Length > MaxText) failures.Add(new($"{field}.value", ErrorCodes.TooLong, $"At most {MaxText} characters.", new Dictionary<string, object> { ["max"] = MaxText }));
                    else if (text.Length > 0) rows.Add(new InputAnswer(inputId, roundId, q.Id, text: text));
                    break;
                case QuestionKind.Scale:
                    if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n)) { failures.Add(WrongType("number")); break; }
                    if (n is < 1 or > 5) failures.Add(new($"{field}.value", ErrorCodes.OutOfRange, "A number from 1 to 5.", new Dictionary<string, object> { ["min"] = 1, ["max"] = 5 }));
                    else rows.Add(new InputAnswer(inputId, roundId, q.Id, number: n));
                    break;
                case QuestionKind.SingleChoice:
                    if (v.ValueKind != JsonValueKind.String) { failures.Add(WrongType("option")); break; }
                    var index = q.Options.IndexOf(v.GetString()!);
                    if (index < 0) failures.Add(NotAnOption(field, q));
                    else rows.Add(new InputAnswer(inputId, roundId, q.Id, optionIndex: index));
                    break;
                case QuestionKind.MultipleChoice:
                case QuestionKind.Ranking:
                    if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                    {
                        failures.Add(WrongType("options"));
                        break;
                    }
                    var chosen = v.EnumerateArray().Select(e => e.GetString()!).ToList();
                    var indexes = chosen.Select(c => q.Options.IndexOf(c)).ToList();
                    if (indexes.Any(x => x < 0)) { failures.Add(NotAnOption(field, q)); break; }
                    if (q.Kind == QuestionKind.Ranking)
                    {
                        if (indexes.Count != q.Options.Count || indexes.Distinct().Count() != indexes.Count)
                        {
                            failures.Add(new($"{field}.value", ErrorCodes.InputRankingIncomplete, "Rank every option, each once."));
                            break;
                        }
                        rows.AddRange(indexes.Select((o, rank) => new InputAnswer(inputId, roundId, q.Id, optionIndex: o, rank: rank + 1)));
                    }
                    else rows.AddRange(indexes.Distinct().Select(o => new InputAnswer(inputId, roundId, q.Id, optionIndex: o)));
                    break;
            }
        }
        return (rows, failures);
    }

    static FieldFailure NotAnOption(string field, InputQuestion q) =>
        new($"{field}.value", ErrorCodes.InputAnswerNotAnOption, "Choose among the question's options.",
            new Dictionary<string, object> { ["choices"] = string.Join(", ", q.Options) });

    /// <summary>A party's answer rows as the answers they are, per question, in question order.</summary>
    public static List<AnswerDto> Answers(IEnumerable<InputAnswer> rows, IReadOnlyList<InputQuestion> questions)
    {
        var byQuestion = rows.GroupBy(r => r.QuestionId).ToDictionary(g => g.Key, g => g.ToList());
        var list = new List<AnswerDto>();
        foreach (var q in questions.OrderBy(q => q.Position))
            if (byQuestion.TryGetValue(q.Id, out var r)) list.Add(Answer(q, r));
        return list;
    }

    public static AnswerDto Answer(InputQuestion q, List<InputAnswer> rows)
    {
        string Option(int? index) => index is { } i && i < q.Options.Count ? q.Options[i] : "";
        return q.Kind switch
        {
            QuestionKind.FreeText => new AnswerDto(q.Id, rows[0].Text, null, null, null, null),
            QuestionKind.Scale => new AnswerDto(q.Id, null, null, null, rows[0].Number, null),
            QuestionKind.SingleChoice => new AnswerDto(q.Id, null, Option(rows[0].OptionIndex), null, null, null),
            QuestionKind.MultipleChoice => new AnswerDto(q.Id, null, null, rows.OrderBy(r => r.OptionIndex).Select(r => Option(r.OptionIndex)).ToList(), null, null),
            _ => new AnswerDto(q.Id, null, null, null, null, rows.OrderBy(r => r.Rank).Select(r => Option(r.OptionIndex)).ToList()),
        };
    }

    /// <summary>The answer as one cell of a table or CSV.</summary>
    public static string Text(AnswerDto a) =>
        a.Text ?? a.Choice ?? (a.Choices is { } c ? string.Join(", ", c) : null) ?? a.Scale?.ToString()
        ?? (a.Ranking is { } r ? string.Join(" > ", r.Select((o, i) => $"{i + 1}. {o}")) : "");
}
