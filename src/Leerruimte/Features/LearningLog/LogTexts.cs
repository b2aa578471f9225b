using Leerruimte.Resources;

namespace Leerruimte.Features.LearningLog;

public static class LogTexts
{
    public static string Category(LearningCategory category) => category switch
    {
        LearningCategory.Social => Ui.Category_Social,
        LearningCategory.Formal => Ui.Category_Formal,
        _ => Ui.Category_Practice,
    };

    public static string Kind(ActivityKind kind) => kind switch
    {
        ActivityKind.Intervision => Ui.Kind_Intervision,
        ActivityKind.CaseConsultation => Ui.Kind_CaseConsultation,
        ActivityKind.CollegialConsultation => Ui.Kind_CollegialConsultation,
        ActivityKind.Supervision => Ui.Kind_Supervision,
        ActivityKind.WorkCoaching => Ui.Kind_WorkCoaching,
        ActivityKind.WorkGuidance => Ui.Kind_WorkGuidance,
        ActivityKind.Training => Ui.Kind_Training,
        ActivityKind.Reading => Ui.Kind_Reading,
        ActivityKind.Practice => Ui.Kind_Practice,
        _ => Ui.Kind_Other,
    };
}
