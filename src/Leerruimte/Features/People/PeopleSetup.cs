namespace Leerruimte.Features.People;

public static class PeopleSetup
{
    public static WebApplicationBuilder AddPeople(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CreatePerson>();
        return builder;
    }
}
