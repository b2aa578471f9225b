namespace Leerruimte.Features.ConversationRoute;

public static class ConversationRouteSetup
{
    public static WebApplicationBuilder AddConversationRoute(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RouteAnswers>();
        return builder;
    }
}
