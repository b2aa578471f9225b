using Leerruimte.Resources;

namespace Leerruimte.Features.RolePlays;

public static class RolePlayTexts
{
    public static string Mode(RolePlayMode mode) => mode == RolePlayMode.Estafette ? Ui.RolePlay_Estafette : Ui.RolePlay_Subtitling;

    public static string Role(RolePlayRole role) => role switch
    {
        RolePlayRole.ConversationLeader => Ui.RolePlay_Leader,
        RolePlayRole.ClientActor => Ui.RolePlay_Client,
        RolePlayRole.Carer => Ui.RolePlay_Carer,
        _ => Ui.RolePlay_Observer,
    };

    /// <summary>"Ronde 2 · estafette · Johan of Johanna"</summary>
    public static string Heading(RolePlay round, string? caseTitle) =>
        string.Join(" · ", new[] { string.Format(Ui.RolePlay_Round, round.Number), Mode(round.Mode), caseTitle }.Where(t => !string.IsNullOrEmpty(t)));
}
