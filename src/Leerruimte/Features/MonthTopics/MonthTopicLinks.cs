namespace Leerruimte.Features.MonthTopics;

public static class MonthTopicLinks
{
    public static string List(Guid teamId) => $"/teams/{teamId}/thema";

    public static string Page(Guid teamId, Guid topicId) => $"/teams/{teamId}/thema/{topicId}";
}
