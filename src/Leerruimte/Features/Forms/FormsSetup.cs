namespace Leerruimte.Features.Forms;

public static class FormsSetup
{
    public static WebApplicationBuilder AddForms(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SaveAnswers>();
        return builder;
    }
}
