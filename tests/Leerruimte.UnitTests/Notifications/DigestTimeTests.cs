using System.Globalization;
using Leerruimte.Features.Notifications;

namespace Leerruimte.UnitTests.Notifications;

/// <summary>When the weekly digest is due: the first Monday 07:00 Dutch time after a message is kept.</summary>
public sealed class DigestTimeTests
{
    [Theory]
    [InlineData("2026-11-23T09:00:00Z", "2026-11-30T06:00:00Z")]  // Monday 10:00: next week's Monday
    [InlineData("2026-11-30T05:59:59Z", "2026-11-30T06:00:00Z")]  // Monday 06:59:59: the same morning
    [InlineData("2026-11-30T06:00:00Z", "2026-12-07T06:00:00Z")]  // Monday 07:00 itself: that digest is going now, so the next
    [InlineData("2026-12-06T22:59:59Z", "2026-12-07T06:00:00Z")]  // Sunday 23:59:59
    [InlineData("2027-03-27T12:00:00Z", "2027-03-29T05:00:00Z")]  // summer time starts in between (Sunday 28 March)
    [InlineData("2027-10-30T12:00:00Z", "2027-11-01T06:00:00Z")]  // winter time starts in between (Sunday 31 October)
    [InlineData("2027-12-31T23:30:00Z", "2028-01-03T06:00:00Z")]  // across the new year
    public void The_digest_is_due_the_first_Monday_at_seven_Dutch_time_after_the_message(string kept, string due)
    {
        var at = MailDigest.NextAfter(DateTime.Parse(kept, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));

        Assert.Equal(DateTime.Parse(due, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), at);
        Assert.Equal(DateTimeKind.Utc, at.Kind);
    }
}
