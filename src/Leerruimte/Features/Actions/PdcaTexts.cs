using Leerruimte.Resources;

namespace Leerruimte.Features.Actions;

public static class PdcaTexts
{
    public static string Decision(PdcaDecision decision) => decision switch
    {
        PdcaDecision.NewCycle => Ui.Pdca_Decision_NewCycle,
        PdcaDecision.Widen => Ui.Pdca_Decision_Widen,
        PdcaDecision.AdoptAsTeam => Ui.Pdca_Decision_Adopt,
        PdcaDecision.NextAction => Ui.Pdca_Decision_Next,
        PdcaDecision.Stop => Ui.Pdca_Decision_Stop,
        _ => Ui.Pdca_Decision_Undecided,
    };
}
