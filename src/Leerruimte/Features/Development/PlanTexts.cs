using Leerruimte.Resources;

namespace Leerruimte.Features.Development;

public static class PlanTexts
{
    public static readonly IReadOnlyList<LearningRoute> Routes =
        [LearningRoute.Practice, LearningRoute.Intervision, LearningRoute.ReflectionReport, LearningRoute.OrganisationAction, LearningRoute.Course];

    public static string Route(LearningRoute route) => route switch
    {
        LearningRoute.Practice => Ui.Route_Practice,
        LearningRoute.Intervision => Ui.Route_Intervision,
        LearningRoute.ReflectionReport => Ui.Route_ReflectionReport,
        LearningRoute.OrganisationAction => Ui.Route_OrganisationAction,
        LearningRoute.Course => Ui.Route_Course,
        _ => "",
    };

    public static string RoutesOf(LearningRoute routes) => string.Join(", ", Routes.Where(r => routes.HasFlag(r)).Select(Route));

    public static string Status(PointStatus status) => status switch
    {
        PointStatus.Working => Ui.PointStatus_Working,
        PointStatus.Done => Ui.PointStatus_Done,
        PointStatus.Dropped => Ui.PointStatus_Dropped,
        _ => Ui.PointStatus_Open,
    };
}
