namespace Leerruimte.Features.KnowledgeMap;

public static class KnowledgeLinks
{
    public static string Map(Guid teamId) => $"/teams/{teamId}/kennis";
}
