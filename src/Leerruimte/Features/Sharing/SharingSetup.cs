namespace Leerruimte.Features.Sharing;

public static class SharingSetup
{
    public static WebApplicationBuilder AddSharing(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Shares>();
        builder.Services.AddScoped<ShareWithPerson>();
        return builder;
    }
}
