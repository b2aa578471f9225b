using Leerruimte.Features.Cohorts;
using Leerruimte.Features.Sessions;

namespace Leerruimte.Features.Actions;

/// <summary>Where a personal action is written and followed up, by where it came from: a meeting or a training's last session.</summary>
public static class ActionLinks
{
    public static string Page(Origin origin) => $"{HostPath(origin)}/mijn-actie";

    public static string FollowUp(Origin origin) => $"{HostPath(origin)}/vervolg";

    public static string Screen(Origin origin) => $"{HostPath(origin)}/vervolg/scherm";

    /// <summary>
    /// The origin a page of this kind serves, from its base-relative path (<c>NavigationManager.ToBaseRelativePath</c>,
    /// no leading slash): the pages answer on both hosts' paths.
    /// </summary>
    public static Origin OriginOf(string relativePath, Guid id) =>
        relativePath.StartsWith("trainingen/", StringComparison.Ordinal) ? new(CohortSession.Kind, id) : Origin.Meeting(id);

    private static string HostPath(Origin origin) => origin.Kind switch
    {
        CohortSession.Kind => CohortLinks.Session(origin.Id),
        _ => $"/bijeenkomsten/{origin.Id}",
    };
}
