using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.TrainingProgrammes;

public static class TrainingProgrammesSetup
{
    public static WebApplicationBuilder AddTrainingProgrammes(this WebApplicationBuilder builder) =>
        builder.AddPackKind<TrainingProgrammePack>("training-programme", TrainingProgrammeValidator.Validate);
}
