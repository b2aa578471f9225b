using Leerruimte.Features.Sessions;

namespace Leerruimte.Features.Consultations;

public static class ConsultationsSetup
{
    /// <summary>Case consultations (W4) as a kind of live session.</summary>
    public static WebApplicationBuilder AddConsultations(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PlanConsultation>();
        builder.Services.AddScoped<ConsultationInvitations>();
        builder.Services.AddScoped<ChooseCase>();
        builder.Services.AddScoped<ChangeConsultation>();
        builder.Services.AddScoped<ISessionKind, ConsultationSessionKind>();
        return builder;
    }
}
