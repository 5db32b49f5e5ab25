using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Mail;

namespace Nettverk.Tests;

public sealed class MeetingRulesTests
{
    [Fact]
    public void SetMeetingRules_SortsAndDeduplicatesMonths()
    {
        var body = new Body("Nettverk", BodyKind.Network);
        body.SetMeetingRules(4, [11, 2, 5, 8, 2], 1, 2);
        body.PreferredMonths.Should().Equal(2, 5, 8, 11);
    }

    [Theory]
    [InlineData(4, new[] { 0 }, null, null, "meetingRules.preferredMonths")]
    [InlineData(4, new[] { 13 }, null, null, "meetingRules.preferredMonths")]
    [InlineData(4, new int[0], 3, 1, "meetingRules.openMeetingsMin")]
    [InlineData(4, new int[0], null, 5, "meetingRules.openMeetingsMax")]
    public void SetMeetingRules_RefusesRulesThatCannotHold(int? max, int[] months, int? openMin, int? openMax, string field)
    {
        var act = () => new Body("Nettverk", BodyKind.Network).SetMeetingRules(max, months, openMin, openMax);
        act.Should().Throw<FieldValidationException>().Which.Field.Should().Be(field);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(5, 480)]
    [InlineData(9, 7200)]
    [InlineData(30, 7200)]
    public void OutboxBackoff_DoublesFromThirtySeconds_UpToTwoHours(int attempts, int seconds) =>
        OutboxDispatcher.Backoff(attempts).Should().Be(TimeSpan.FromSeconds(seconds));
}
