using Leerruimte.Features.ContentPacks;

namespace Leerruimte.Features.WorkForms;

public static class WorkFormsSetup
{
    public static WebApplicationBuilder AddWorkForms(this WebApplicationBuilder builder) =>
        builder.AddPackKind<WorkFormPack>("work-forms", WorkFormPackValidator.Validate);
}
