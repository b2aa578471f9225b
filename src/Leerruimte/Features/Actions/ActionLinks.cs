using Leerruimte.Features.Sessions;

namespace Leerruimte.Features.Actions;

/// <summary>Where a personal action is written, by where it came from: a meeting's page today.</summary>
public static class ActionLinks
{
    public static string Page(Origin origin) => origin.Kind switch
    {
        Origin.MeetingKind => $"/bijeenkomsten/{origin.Id}/mijn-actie",
        _ => "/",
    };
}
