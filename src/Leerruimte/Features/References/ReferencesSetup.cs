using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.References;

public static class ReferencesSetup
{
    public static WebApplicationBuilder AddReferences(this WebApplicationBuilder builder) =>
        builder.AddPackKind<ReferenceListPack>("reference-lists", ReferenceListPackValidator.Validate);
}
