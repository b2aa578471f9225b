namespace Leerruimte.Features.TeamGoals;

public static class GoalLinks
{
    public static string List(Guid teamId) => $"/teams/{teamId}/doelen";

    public static string Page(Guid teamId, Guid goalId) => $"/teams/{teamId}/doelen/{goalId}";
}
