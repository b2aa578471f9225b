using Leerruimte.Features.ContentPacks;
using Microsoft.AspNetCore.Components;

namespace Leerruimte.Features.TrainingProgrammes;

/// <summary>What a module's script page and its print view both load: the module, and the work forms it can link to.</summary>
public abstract class ModuleScriptPageBase : ComponentBase
{
    [Inject] private ContentCatalogue Catalogue { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public string PackId { get; set; } = "";
    [Parameter] public int Number { get; set; }

    protected (PackSummary Summary, TrainingProgrammePack Programme, TrainingModule Module)? Found { get; private set; }
    protected IReadOnlyDictionary<string, string> WorkForms { get; private set; } = new Dictionary<string, string>();

    protected override async Task OnParametersSetAsync()
    {
        Found = await Catalogue.FindTrainingModuleAsync(PackId, Number);
        if (Found is null) { Navigation.NotFound(); return; }
        WorkForms = await Catalogue.WorkFormTitlesAsync();
    }
}
