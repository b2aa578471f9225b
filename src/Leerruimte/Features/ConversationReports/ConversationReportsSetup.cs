namespace Leerruimte.Features.ConversationReports;

public static class ConversationReportsSetup
{
    public static WebApplicationBuilder AddConversationReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReportAccess>();
        builder.Services.AddScoped<WriteReport>();
        builder.Services.AddScoped<CommentOnReport>();
        return builder;
    }
}
