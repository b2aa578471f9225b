using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Infrastructure;
using Leerruimte.Resources;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.MonthTopics;

/// <summary>Setting a team's topic for a month, changing it and removing it. The page has checked the team first.</summary>
public sealed class SaveMonthTopic(LeerruimteDb db, ContentCatalogue catalogue, TimeProvider clock)
{
    public sealed class Input
    {
        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Topic_MonthRequired))]
        public DateOnly? Month { get; set; }

        [Required(ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Topic_TitleRequired))]
        [StringLength(MonthTopic.MaxTitle, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Title { get; set; }

        [StringLength(MonthTopic.MaxText, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Validation_TooLong))]
        public string? Text { get; set; }

        [StringLength(MonthTopic.MaxLink, ErrorMessageResourceType = typeof(Ui), ErrorMessageResourceName = nameof(Ui.Topic_UnknownLink))]
        public string? Link { get; set; }

        public static Input From(MonthTopic t) => new() { Month = t.Month, Title = t.Title, Text = t.Text, Link = t.Link };
    }

    /// <summary>The new topic, or the Dutch reason it was not set.</summary>
    public async Task<(MonthTopic? Topic, string? Error)> CreateAsync(Guid teamId, Input input, CancellationToken ct = default)
    {
        var topic = new MonthTopic { TeamId = teamId, Title = "" };
        if (await CheckAsync(topic, input, ct) is { } error) return (null, error);
        Apply(topic, input);
        db.MonthTopics.Add(topic);
        await db.SaveChangesAsync(ct);
        return (topic, null);
    }

    public async Task<string?> UpdateAsync(MonthTopic topic, Input input, CancellationToken ct = default)
    {
        if (await CheckAsync(topic, input, ct) is { } error) return error;
        Apply(topic, input);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task DeleteAsync(MonthTopic topic, CancellationToken ct = default)
    {
        db.MonthTopics.Remove(topic);
        await db.SaveChangesAsync(ct);
    }

    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    private async Task<string?> CheckAsync(MonthTopic topic, Input input, CancellationToken ct)
    {
        var current = FirstOf(DutchTime.Today(clock));
        var (earliest, latest) = (current.AddMonths(-MonthTopic.MonthsAround), current.AddMonths(MonthTopic.MonthsAround));
        var month = FirstOf(input.Month!.Value);
        if (month < earliest || month > latest) return string.Format(Ui.Topic_MonthOutOfRange, MonthName(earliest), MonthName(latest));
        if (await db.MonthTopics.AnyAsync(t => t.TeamId == topic.TeamId && t.Month == month && t.Id != topic.Id, ct))
            return string.Format(Ui.Topic_MonthTaken, MonthName(month));
        if (!string.IsNullOrEmpty(input.Link) && (await CatalogueLink.ChoicesAsync(catalogue, ct)).All(c => c.Value != input.Link))
            return Ui.Topic_UnknownLink;
        return null;
    }

    private static void Apply(MonthTopic topic, Input input)
    {
        topic.Month = FirstOf(input.Month!.Value);
        topic.Title = input.Title!.Trim();
        topic.Text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
        topic.Link = string.IsNullOrEmpty(input.Link) ? null : input.Link;
    }

    public static DateOnly FirstOf(DateOnly date) => new(date.Year, date.Month, 1);
}
