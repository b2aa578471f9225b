using Leerruimte.Features.CaseAssignments;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Modules;
using Leerruimte.Features.References;
using Leerruimte.Features.RunningCases;
using Leerruimte.Features.TrainingProgrammes;
using Leerruimte.Features.WorkForms;
using Microsoft.AspNetCore.Builder;

namespace Leerruimte.UnitTests.ContentPacks;

/// <summary>The pack parser with the kinds the features register in their own setups, as the app has it.</summary>
public static class AppPacks
{
    public static readonly PackParser Parser = new(Kinds());

    public static PackKinds Kinds()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.AddModules();
        builder.AddMeter();
        builder.AddReferences();
        builder.AddWorkForms();
        builder.AddCaseAssignments();
        builder.AddRunningCases();
        builder.AddTrainingProgrammes();
        return new PackKinds(builder.Services.Where(s => s.ServiceType == typeof(PackKind)).Select(s => (PackKind)s.ImplementationInstance!));
    }
}
