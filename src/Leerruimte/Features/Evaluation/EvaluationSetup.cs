using Leerruimte.Features.Sessions;
using Leerruimte.Resources;

namespace Leerruimte.Features.Evaluation;

public static class EvaluationSetup
{
    /// <summary>Offers the evaluation board in the console of every session, and its read-back.</summary>
    public static WebApplicationBuilder AddEvaluation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new AddedStep(EvaluationBoard.Key, EvaluationBoard.Step, () => Ui.Evaluation_Open, typeof(EvaluationPanel)));
        builder.Services.AddScoped<ReadEvaluation>();
        return builder;
    }
}
