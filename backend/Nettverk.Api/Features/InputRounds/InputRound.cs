using Nettverk.Api.Common;

namespace Nettverk.Api.Features.InputRounds;

/// <summary>Who answers a round: one agreed answer per member organisation, per named group (breakout groups answering
/// from a phone through a secret link), or per invited person.</summary>
public enum RespondentMode { PerOrganisation, PerGroup, PerPerson }

public enum InputRoundStatus { Draft, Open }

public enum QuestionKind { FreeText, SingleChoice, MultipleChoice, Scale, Ranking }

/// <summary>An input round (forventningsrunde, innspillsrunde) of a body: questions answered by its parties between
/// <see cref="OpensAtUtc"/> and <see cref="ClosesAtUtc"/>. Draft → open (published, invitations sent) → closed (by time);
/// the secretariat may then publish a summary.</summary>
public sealed class InputRound : IAudited
{
    public const int DefaultReminderDays = 2;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BodyId { get; private set; }
    public Guid? MeetingId { get; private set; }
    public Guid? AgendaItemId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Introduction { get; private set; }
    public DateTime OpensAtUtc { get; private set; }
    public DateTime ClosesAtUtc { get; private set; }
    public RespondentMode Mode { get; private set; }
    public bool AnswersShared { get; private set; }
    /// <summary>Days before closing when parties without an answer are reminded; 0: no reminder.</summary>
    public int ReminderDaysBefore { get; private set; } = DefaultReminderDays;
    public InputRoundStatus Status { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public string? Summary { get; private set; }
    public DateTime? SummaryPublishedAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public int Version { get; private set; } = 1;
    public List<InputQuestion> Questions { get; private set; } = [];
    public List<InputGroup> Groups { get; private set; } = [];
    public List<InputInvitee> Invitees { get; private set; } = [];
    Guid? IAudited.AuditBodyId => BodyId;

    private InputRound() { }

    public InputRound(Guid bodyId, RespondentMode mode, DateTime nowUtc)
    {
        BodyId = bodyId;
        Mode = mode;
        CreatedAt = nowUtc;
    }

    public bool IsOpenAt(DateTime nowUtc) => Status == InputRoundStatus.Open && nowUtc >= OpensAtUtc && nowUtc < ClosesAtUtc;
    public bool IsClosedAt(DateTime nowUtc) => Status == InputRoundStatus.Open && nowUtc >= ClosesAtUtc;

    /// <summary>The agenda item the round was about is taken off the agenda: the round and its answers stay, tied to the
    /// meeting only.</summary>
    public void ForgetAgendaItem()
    {
        AgendaItemId = null;
        Version++;
    }

    public void Describe(string title, string? introduction, Guid? meetingId, Guid? agendaItemId, DateTime opensAtUtc, DateTime closesAtUtc,
        bool answersShared, int reminderDaysBefore)
    {
        if (closesAtUtc <= opensAtUtc)
            throw new FieldValidationException("closesAt", ErrorCodes.InputRoundClosesBeforeOpens, "The round must close after it opens.");
        Title = title.Trim();
        Introduction = string.IsNullOrWhiteSpace(introduction) ? null : introduction.Trim();
        MeetingId = meetingId;
        AgendaItemId = agendaItemId;
        OpensAtUtc = opensAtUtc;
        ClosesAtUtc = closesAtUtc;
        AnswersShared = answersShared;
        ReminderDaysBefore = reminderDaysBefore;
        Version++;
    }

    /// <summary>Puts the questions in place. Once answers exist the questions are what was answered: only their wording may
    /// change (same ids, kinds and options in the same order).</summary>
    public void SetQuestions(IReadOnlyList<(Guid? Id, QuestionKind Kind, string Text, IReadOnlyList<string> Options)> questions, bool answered)
    {
        if (answered)
        {
            var same = questions.Count == Questions.Count && questions.Zip(Questions.OrderBy(q => q.Position))
                .All(p => p.First.Id == p.Second.Id && p.First.Kind == p.Second.Kind && p.First.Options.SequenceEqual(p.Second.Options));
            if (!same) throw new DomainRuleException("input_round_answered", "The round has answers: its questions can only be reworded.");
        }
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var field = $"questions[{i}]";
            if (q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Ranking)
            {
                if (q.Options.Count < 2) throw new FieldValidationException($"{field}.options", ErrorCodes.InputQuestionOptionsRequired, "Give at least two options.");
                if (q.Options.Select(o => o.Trim()).Distinct().Count() != q.Options.Count)
                    throw new FieldValidationException($"{field}.options", ErrorCodes.InputQuestionOptionTwice, "Each option once.");
            }
            else if (q.Options.Count > 0) throw new FieldValidationException($"{field}.options", ErrorCodes.InputQuestionNoOptions, "This kind of question has no options.");
        }
        var keep = questions.Where(q => q.Id is not null).Select(q => q.Id!.Value).ToHashSet();
        Questions.RemoveAll(q => !keep.Contains(q.Id));
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var existing = q.Id is { } id ? Questions.FirstOrDefault(x => x.Id == id) : null;
            if (q.Id is not null && existing is null)
                throw new FieldValidationException($"questions[{i}].id", ErrorCodes.InputQuestionUnknown, "No such question in this round.");
            if (existing is null) Questions.Add(new InputQuestion(Id, i + 1, q.Kind, q.Text.Trim(), q.Options.Select(o => o.Trim()).ToList()));
            else existing.Edit(i + 1, q.Kind, q.Text.Trim(), q.Options.Select(o => o.Trim()).ToList());
        }
        Version++;
    }

    public void SetGroups(IReadOnlyList<(Guid? Id, string Name)> groups)
    {
        var keep = groups.Where(g => g.Id is not null).Select(g => g.Id!.Value).ToHashSet();
        Groups.RemoveAll(g => !keep.Contains(g.Id));
        for (var i = 0; i < groups.Count; i++)
        {
            var existing = groups[i].Id is { } id ? Groups.FirstOrDefault(g => g.Id == id) : null;
            if (existing is null) Groups.Add(new InputGroup(Id, i + 1, groups[i].Name.Trim()));
            else existing.Rename(i + 1, groups[i].Name.Trim());
        }
    }

    public void SetInvitees(IEnumerable<Guid> personIds)
    {
        var wanted = personIds.Distinct().ToHashSet();
        Invitees.RemoveAll(i => !wanted.Contains(i.PersonId));
        foreach (var id in wanted.Where(id => Invitees.All(i => i.PersonId != id))) Invitees.Add(new InputInvitee(Id, id));
    }

    public void Open(DateTime nowUtc)
    {
        if (Status != InputRoundStatus.Draft) throw new DomainRuleException("input_round_not_draft", "The round is already open.");
        if (Questions.Count == 0) throw new DomainRuleException("input_round_no_questions", "Add at least one question first.");
        if (ClosesAtUtc <= nowUtc) throw new DomainRuleException("input_round_closed", "The round's closing time has passed.");
        if (Mode == RespondentMode.PerGroup && Groups.Count == 0) throw new DomainRuleException("input_round_no_parties", "Name the groups first.");
        if (Mode == RespondentMode.PerPerson && Invitees.Count == 0) throw new DomainRuleException("input_round_no_parties", "Invite someone first.");
        Status = InputRoundStatus.Open;
        PublishedAt = nowUtc;
        Version++;
    }

    public void PublishSummary(string summary, DateTime nowUtc)
    {
        if (!IsClosedAt(nowUtc)) throw new DomainRuleException("input_round_not_closed", "A summary is published once the round has closed.");
        Summary = summary.Trim();
        SummaryPublishedAt = nowUtc;
        Version++;
    }

    /// <summary>Refuses an answer outside the open window (before opening, after closing, or a draft).</summary>
    public void EnsureAnswerable(DateTime nowUtc)
    {
        if (Status == InputRoundStatus.Draft || nowUtc < OpensAtUtc)
            throw new DomainRuleException("input_round_not_open", "The round is not open for answers yet.");
        if (nowUtc >= ClosesAtUtc) throw new DomainRuleException("input_round_closed", "The round has closed: answers are no longer taken.");
    }
}

public sealed class InputQuestion : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RoundId { get; private set; }
    public int Position { get; private set; }
    public QuestionKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public List<string> Options { get; private set; } = [];
    Guid? IAudited.AuditBodyId => null;

    private InputQuestion() { }

    internal InputQuestion(Guid roundId, int position, QuestionKind kind, string text, List<string> options)
    {
        RoundId = roundId;
        Edit(position, kind, text, options);
    }

    internal void Edit(int position, QuestionKind kind, string text, List<string> options)
    {
        Position = position;
        Kind = kind;
        Text = text;
        Options = options;
    }
}

/// <summary>A named group (a breakout group in the meeting room) that answers through its secret link, without an account.</summary>
public sealed class InputGroup : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RoundId { get; private set; }
    public int Position { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The secret in the group's link: short enough to type from a projected screen, long enough not to guess.</summary>
    public string Token { get; private set; } = NewToken();
    Guid? IAudited.AuditBodyId => null;

    private InputGroup() { }

    internal InputGroup(Guid roundId, int position, string name)
    {
        RoundId = roundId;
        Rename(position, name);
    }

    internal void Rename(int position, string name)
    {
        Position = position;
        Name = name;
    }

    static string NewToken()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return string.Create(12, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}

/// <summary>A person invited to a round that is answered per person.</summary>
public sealed class InputInvitee(Guid roundId, Guid personId)
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RoundId { get; private set; } = roundId;
    public Guid PersonId { get; private set; } = personId;
}

/// <summary>One party's answer to a round (an <c>Input</c>, innspill): the organisation's, the group's or the person's.
/// The last save wins; every save is kept as an <see cref="InputRevision"/>.</summary>
public sealed class Input : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RoundId { get; private set; }
    public Guid BodyId { get; private set; }
    public RespondentMode PartyKind { get; private set; }
    /// <summary>The organisation, group or person whose answer this is.</summary>
    public Guid PartyId { get; private set; }
    public int Revision { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";
    public Guid? UpdatedByPersonId { get; private set; }
    public List<InputAnswer> Answers { get; private set; } = [];
    Guid? IAudited.AuditBodyId => BodyId;

    private Input() { }

    public Input(InputRound round, Guid partyId)
    {
        RoundId = round.Id;
        BodyId = round.BodyId;
        PartyKind = round.Mode;
        PartyId = partyId;
    }

    public InputRevision Save(IReadOnlyList<InputAnswer> answers, string content, string byName, Guid? byPersonId, DateTime nowUtc)
    {
        Answers.Clear();
        Answers.AddRange(answers);
        Revision++;
        UpdatedAt = nowUtc;
        UpdatedByName = byName;
        UpdatedByPersonId = byPersonId;
        return new InputRevision(this, content);
    }
}

/// <summary>One value of an answer, in a shape the database can count: a text, a chosen option (one row per option of a
/// multiple choice), a number on the scale, or an option's rank.</summary>
public sealed class InputAnswer
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid InputId { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid QuestionId { get; private set; }
    public string? Text { get; private set; }
    public int? OptionIndex { get; private set; }
    public int? Number { get; private set; }
    public int? Rank { get; private set; }

    private InputAnswer() { }

    public InputAnswer(Guid inputId, Guid roundId, Guid questionId, string? text = null, int? optionIndex = null, int? number = null, int? rank = null)
    {
        InputId = inputId;
        RoundId = roundId;
        QuestionId = questionId;
        Text = text;
        OptionIndex = optionIndex;
        Number = number;
        Rank = rank;
    }
}

/// <summary>Every save of an answer, with who and when: the answers as they were saved (JSON).</summary>
public sealed class InputRevision
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid InputId { get; private set; }
    public Guid RoundId { get; private set; }
    public int Revision { get; private set; }
    public DateTime SavedAt { get; private set; }
    public string SavedByName { get; private set; } = "";
    public Guid? SavedByPersonId { get; private set; }
    public string Content { get; private set; } = "";

    private InputRevision() { }

    internal InputRevision(Input input, string content)
    {
        InputId = input.Id;
        RoundId = input.RoundId;
        Revision = input.Revision;
        SavedAt = input.UpdatedAt;
        SavedByName = input.UpdatedByName;
        SavedByPersonId = input.UpdatedByPersonId;
        Content = content;
    }
}

/// <summary>A reminder sent to one party of a round for one due time: the unique (round, party, due) makes it idempotent.</summary>
public sealed class InputRoundReminder
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RoundId { get; private set; }
    public Guid PartyId { get; private set; }
    public DateTime DueAtUtc { get; private set; }
    public DateTime SentAtUtc { get; private set; }

    private InputRoundReminder() { }

    public InputRoundReminder(Guid roundId, Guid partyId, DateTime dueAtUtc, DateTime sentAtUtc)
    {
        RoundId = roundId;
        PartyId = partyId;
        DueAtUtc = dueAtUtc;
        SentAtUtc = sentAtUtc;
    }
}
