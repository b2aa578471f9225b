namespace Leerruimte.Features.SocialMap;

public static class SocialMapLinks
{
    public static string Map(Guid teamId) => $"/teams/{teamId}/sociale-kaart";

    public static string Partner(Guid teamId, Guid partnerId) => $"/teams/{teamId}/sociale-kaart/partners/{partnerId}";

    public static string Gap(Guid teamId, Guid gapId) => $"/teams/{teamId}/sociale-kaart/hiaten/{gapId}";
}
