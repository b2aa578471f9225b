using System.ComponentModel.DataAnnotations;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Mail;

namespace Leerruimte.UnitTests.Infrastructure.Mail;

public class MailOptionsTests
{
    // Several app hosts in one test run validate their options at the same moment; the framework's
    // RangeAttribute converted its limits lazily and threw InvalidCastException under that race.
    [Fact]
    public async Task The_time_limits_hold_when_many_threads_check_a_fresh_attribute_at_once()
    {
        var failures = 0;
        for (var round = 0; round < 200; round++)
        {
            var range = new TimeSpanRangeAttribute("00:00:00.050", "00:10:00");
            using var barrier = new Barrier(4);
            await Task.WhenAll([.. Enumerable.Range(0, barrier.ParticipantCount).Select(_ => Task.Factory.StartNew(() =>
            {
                barrier.SignalAndWait();
                if (!range.IsValid(TimeSpan.FromSeconds(2))) Interlocked.Increment(ref failures);
            }, TaskCreationOptions.LongRunning))]);
        }
        Assert.Equal(0, failures);
    }

    [Fact]
    public void A_poll_interval_outside_its_range_is_refused()
    {
        var errors = Validate(new MailOptions { PollInterval = TimeSpan.FromHours(1) });
        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(MailOptions.PollInterval)));
    }

    [Fact]
    public void Default_options_are_valid() => Assert.Empty(Validate(new MailOptions()));

    private static List<ValidationResult> Validate(MailOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
