namespace Leerruimte.Features.SocialMap;

public static class SocialMapSetup
{
    /// <summary>The team's social map (sociale kaart): partners and services in its area, and the gaps it noticed.</summary>
    public static WebApplicationBuilder AddSocialMap(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReadSocialMap>();
        builder.Services.AddScoped<SavePartner>();
        builder.Services.AddScoped<SaveGap>();
        builder.Services.AddScoped<PlacematNotes>();
        return builder;
    }
}
