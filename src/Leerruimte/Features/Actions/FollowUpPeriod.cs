using Leerruimte.Resources;

namespace Leerruimte.Features.Actions;

/// <summary>The module's follow-up period in words ("drie weken"), so no text says three weeks where a module says otherwise.</summary>
public static class FollowUpPeriod
{
    public static string Weeks(int weeks)
    {
        if (weeks == 1) return Ui.Period_OneWeek;
        var words = Ui.Period_NumberWords.Split('|');
        return string.Format(Ui.Period_Weeks, weeks <= words.Length ? words[weeks - 1] : weeks.ToString());
    }

    /// <summary>"Drie weken", for the start of a sentence.</summary>
    public static string WeeksCapitalised(int weeks)
    {
        var text = Weeks(weeks);
        return char.ToUpper(text[0]) + text[1..];
    }
}
