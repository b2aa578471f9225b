using Leerruimte.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerruimte.IntegrationTests.Infrastructure;

/// <summary>Pack files for upload tests and the admin's upload through the page.</summary>
public static class Packs
{
    public static string Module(string id, string title, int version = 1, int minutes = 30) => $"""
        kind: module
        id: {id}
        version: {version}
        title: {title}
        competency: Werkt samen met collega's
        introduction:
          definition: Je werkt samen.
          individualsAndNetwork: Met cliënten.
          groupsAndSociety: Met groepen.
          example: Een voorbeeld.
          warmUpQuestions: [Herken je dit?]
        assignments:
          - id: opdracht
            title: Samen aan de slag
            purpose: Oefenen.
            steps:
              - title: Stap 1
                text: Doe iets samen.
        individualAction:
          goal: Doe iets.
          formTitle: Mijn actie
        learningForms:
          - way: insight
            ideas: [Denk na.]
        facilitator:
          role: Je begeleidt.
          durationMinutes: {minutes}
          agenda:
            - title: Alles
              minutes: 30
          feedbackForm:
            scaleLabels: [nee, ja]
            statements: [Het ging goed]
        """;

    /// <summary>Uploads through the page; <paramref name="chunked"/> sends the body without a length, as a streaming client may.</summary>
    public static async Task<HtmlPage> UploadAsync(LeerruimteApp app, string admin, string source, string fileName = "pakket.yaml", bool chunked = false)
    {
        var client = await app.LoginAsync(admin);
        var page = await client.PageAsync("/beheer/inhoud");
        var form = page.Form("upload-pack");
        var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>())
            content.Add(new StringContent(hidden.Value), hidden.Name!);
        content.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(source)), "pack", fileName);
        var request = new HttpRequestMessage(HttpMethod.Post, "/beheer/inhoud") { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        var response = await client.SendAsync(request);
        return await HtmlPage.FromAsync(response, "/beheer/inhoud");
    }

    public static Task<int> StoredVersionsAsync(LeerruimteApp app, string packId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ContentPackVersions.IgnoreQueryFilters([TenantFilters.Name])
            .CountAsync(p => p.PackId == packId));

    /// <summary>The newest stored version of a pack, so a test does not name a number a new pack version changes.</summary>
    public static Task<int> LatestVersionAsync(LeerruimteApp app, string packId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<LeerruimteDb>().ContentPackVersions.IgnoreQueryFilters([TenantFilters.Name])
            .Where(p => p.PackId == packId).MaxAsync(p => p.Version));
}
