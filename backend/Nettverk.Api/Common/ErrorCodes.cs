namespace Nettverk.Api.Common;

/// <summary>Every code a field error can carry (problem details' <c>fieldErrors.&lt;field&gt;[].code</c>). The SPA words each
/// one from <c>fieldErrors.&lt;code&gt;</c> in its locale files; a test fails when a constant here has no text there, so a new
/// rule is a constant here plus three locale lines. Parameters a text needs travel in <c>params</c> (named in the comment).</summary>
public static class ErrorCodes
{
    // Generic: shape checks (data annotations, the request boundary, binding) and rules that read alike everywhere.
    public const string Required = "required";
    /// <summary>{max}</summary>
    public const string TooLong = "too_long";
    /// <summary>{min}</summary>
    public const string TooShort = "too_short";
    /// <summary>{min, max}: a text length between the two.</summary>
    public const string LengthOutOfRange = "length_out_of_range";
    /// <summary>{max}: a list with too many entries.</summary>
    public const string TooMany = "too_many";
    /// <summary>{min, max}</summary>
    public const string OutOfRange = "out_of_range";
    /// <summary>{min}</summary>
    public const string TooSmall = "too_small";
    /// <summary>{choices}: the allowed names, comma-separated.</summary>
    public const string NotAChoice = "not_a_choice";
    public const string InvalidEmail = "invalid_email";
    public const string InvalidUrl = "invalid_url";
    public const string InvalidFormat = "invalid_format";
    /// <summary>The value has the wrong type or cannot be read (binding, malformed JSON).</summary>
    public const string InvalidValue = "invalid_value";
    public const string ControlCharacters = "control_characters";
    public const string LineBreaksNotAllowed = "line_breaks_not_allowed";
    public const string OrganisationNotFound = "organisation_not_found";
    public const string PersonNotFound = "person_not_found";
    public const string PeopleNotFound = "people_not_found";
    public const string BodyNotFound = "body_not_found";

    // Identity's password rules (IdentityError.Code), and its links.
    /// <summary>{min}</summary>
    public const string PasswordTooShort = "password_too_short";
    public const string PasswordRequiresDigit = "password_requires_digit";
    public const string PasswordRequiresLower = "password_requires_lower";
    public const string PasswordRequiresUpper = "password_requires_upper";
    public const string PasswordRequiresNonAlphanumeric = "password_requires_non_alphanumeric";
    /// <summary>{min}</summary>
    public const string PasswordRequiresUniqueChars = "password_requires_unique_chars";
    public const string PasswordRejected = "password_rejected";
    public const string ResetLinkInvalid = "reset_link_invalid";
    public const string InvitationLinkInvalid = "invitation_link_invalid";

    // Accounts.
    /// <summary>{choices}</summary>
    public const string NotARole = "not_a_role";

    // Bodies.
    public const string BodyOwnParent = "body_own_parent";
    public const string BodyReportsToItself = "body_reports_to_itself";
    public const string ReportsToNotCommittee = "reports_to_not_committee";
    /// <summary>{min, max}</summary>
    public const string MonthOutOfRange = "month_out_of_range";
    public const string MinExceedsMax = "min_exceeds_max";
    public const string OpenMeetingsExceedMeetings = "open_meetings_exceed_meetings";
    /// <summary>{maxReminders, min, max}</summary>
    public const string ReminderDaysInvalid = "reminder_days_invalid";
    /// <summary>{min, max}</summary>
    public const string DaysAfterInvitation = "days_after_invitation";
    /// <summary>{min, max}</summary>
    public const string DaysAfterMeeting = "days_after_meeting";
    /// <summary>{min, max}</summary>
    public const string DaysBeforeDue = "days_before_due";

    // Organisations and memberships.
    public const string InvalidOrganisationNumber = "invalid_organisation_number";
    public const string MembershipEndsBeforeStart = "membership_ends_before_start";
    public const string TermEndsBeforeStart = "term_ends_before_start";
    public const string DeputyTwice = "deputy_twice";
    public const string RepresentativeIsDeputy = "representative_is_deputy";

    // Nominations.
    public const string OrganisationNotMember = "organisation_not_member";
    public const string SeatNotOfMembership = "seat_not_of_membership";
    public const string SeatRequired = "seat_required";
    public const string PersonNotInOrganisation = "person_not_in_organisation";
    public const string NomineeNameRequired = "nominee_name_required";
    public const string NomineeEmailRequired = "nominee_email_required";
    public const string ProposedTwice = "proposed_twice";

    // Meetings, plans, agendas, invitations, papers, calendar replies.
    public const string MeetingEndsBeforeStart = "meeting_ends_before_start";
    /// <summary>{maxHours}</summary>
    public const string MeetingTooLong = "meeting_too_long";
    public const string TimeDoesNotExist = "time_does_not_exist";
    public const string VideoUrlRequired = "video_url_required";
    public const string LocationRequired = "location_required";
    public const string VideoUrlRequiredToCall = "video_url_required_to_call";
    public const string LocationRequiredToCall = "location_required_to_call";
    /// <summary>{year}</summary>
    public const string ProposalOutsidePlanYear = "proposal_outside_plan_year";
    public const string PlanEmpty = "plan_empty";
    public const string AgendaItemTitleRequired = "agenda_item_title_required";
    public const string AgendaOrderIncomplete = "agenda_order_incomplete";
    public const string RsvpAnswerRequired = "rsvp_answer_required";
    public const string SeatNotOfBody = "seat_not_of_body";
    public const string NotADeputyOfSeat = "not_a_deputy_of_seat";
    public const string FileRequired = "file_required";
    /// <summary>{maxMb}</summary>
    public const string FileTooLarge = "file_too_large";
    /// <summary>{max}</summary>
    public const string FileNameTooLong = "file_name_too_long";
    public const string FileTypeNotAllowed = "file_type_not_allowed";
    public const string CalendarReplyInvalid = "calendar_reply_invalid";
    public const string CalendarReplyUnknownMeeting = "calendar_reply_unknown_meeting";

    // Minutes and action items.
    public const string DeadlineInPast = "deadline_in_past";
    /// <summary>{maxDays}</summary>
    public const string DeadlineTooFar = "deadline_too_far";
    public const string CorrectionReasonRequired = "correction_reason_required";
    public const string MeetingNotOfBody = "meeting_not_of_body";
    public const string ApprovalMeetingNotHeld = "approval_meeting_not_held";
    public const string ActionItemWhatRequired = "action_item_what_required";
    public const string EntryNotInMinutes = "entry_not_in_minutes";
    public const string ActionItemNotInEntry = "action_item_not_in_entry";
    public const string SeatNotInMinutes = "seat_not_in_minutes";
    public const string AttendeeNotInMinutes = "attendee_not_in_minutes";
    public const string AttendeeNameRequired = "attendee_name_required";
    public const string DeputyPresentRequired = "deputy_present_required";
    public const string CommentRequired = "comment_required";

    // Hearings.
    public const string HearingClosesBeforeOpens = "hearing_closes_before_opens";
    public const string HearingExtensionTooEarly = "hearing_extension_too_early";
    public const string HearingSectionUnknown = "hearing_section_unknown";
    public const string HearingResponseEmpty = "hearing_response_empty";
    public const string HearingPartiesRequired = "hearing_parties_required";
    // Input rounds.
    public const string InputRoundClosesBeforeOpens = "input_round_closes_before_opens";
    public const string InputQuestionOptionsRequired = "input_question_options_required";
    public const string InputQuestionOptionTwice = "input_question_option_twice";
    public const string InputQuestionNoOptions = "input_question_no_options";
    public const string InputQuestionUnknown = "input_question_unknown";
    public const string InputAnswerWrongType = "input_answer_wrong_type";
    // Reports to political committees.
    public const string ReportPeriodEndsBeforeStart = "report_period_ends_before_start";
    /// <summary>A picked item (minutes, decision, action item, hearing, input round) that is another body's, not published
    /// or summarised, or outside the report's period.</summary>
    public const string ReportContentNotAvailable = "report_content_not_available";
    public const string InputAnswerNotAnOption = "input_answer_not_an_option";
    public const string InputRankingIncomplete = "input_ranking_incomplete";
    public const string InputQuestionAnsweredTwice = "input_question_answered_twice";
    public const string AgendaItemNotOfBody = "agenda_item_not_of_body";
    public const string PeriodEndsBeforeStart = "period_ends_before_start";

    /// <summary>{max}: a body's public address: lower-case a–z, digits and single hyphens.</summary>
    public const string SlugInvalid = "slug_invalid";

    /// <summary>Every code above, for the test that checks the locale files have a text for each.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(ErrorCodes).GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();
}
