namespace Leerruimte.Features.PersonalData;

public static class PersonalDataSetup
{
    /// <summary>The person's own data: the export (zip and JSON), what they share, and deleting all their development data.</summary>
    public static WebApplicationBuilder AddPersonalData(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PersonalOverview>();
        builder.Services.AddScoped<MyShares>();
        builder.Services.AddScoped<DeleteDevelopmentData>();
        return builder;
    }
}
