using System.IO.Compression;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.LearningLog;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.PersonalData;

/// <summary>
/// The readable export: one zip with overzicht.html (everything, for people), gegevens.json (the same, for
/// machines) and the evidence files in bewijs/. Built in a temporary file that is deleted when the download
/// ends, so memory does not grow with the files (each at most <see cref="EvidenceFiles.MaxBytes"/>).
/// </summary>
public static class PersonalZip
{
    public const string FileName = "leerruimte-mijn-gegevens.zip";

    public static IEndpointRouteBuilder MapPersonalZip(this IEndpointRouteBuilder app)
    {
        app.MapGet("/mijn-gegevens/export.zip", async (HttpContext http, LeerruimteDb db, CurrentUser user, PersonalOverview overview, EvidenceFiles files) =>
        {
            var me = user.RequirePersonId();
            var temp = new FileStream(Path.Combine(Path.GetTempPath(), $"leerruimte-export-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite,
                FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            try
            {
                await WriteAsync(temp, me, http, db, overview, files);
            }
            catch
            {
                await temp.DisposeAsync();
                throw;
            }
            temp.Position = 0;
            return Results.File(temp, "application/zip", FileName);
        }).RequireAuthorization();
        return app;
    }

    private static async Task WriteAsync(Stream target, Guid me, HttpContext http, LeerruimteDb db, PersonalOverview overview, EvidenceFiles files)
    {
        var ct = http.RequestAborted;
        var data = await overview.CollectAsync(me, ct);
        await using var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        var names = new ZipNames();
        foreach (var activity in data.Activities.Where(a => a.EvidenceKey is not null))
        {
            await using var source = files.Open(activity.EvidenceKey!);
            if (source is null) continue; // the overview says the file was not found
            var path = "bewijs/" + names.Take(activity.EvidenceFileName);
            await using (var entry = await zip.CreateEntry(path, CompressionLevel.Fastest).OpenAsync(ct))
                await source.CopyToAsync(entry, ct);
            data.EvidencePaths[activity.Id] = path;
        }
        await using (var json = await zip.CreateEntry("gegevens.json").OpenAsync(ct))
            await PersonalExport.WriteJsonAsync(json, db, me, data.ExportedAt, ct);
        await using (var html = await zip.CreateEntry("overzicht.html").OpenAsync(ct))
        await using (var writer = new StreamWriter(html))
            await RenderAsync(http.RequestServices, data, writer);
    }

    private static async Task RenderAsync(IServiceProvider services, OverviewData data, TextWriter writer)
    {
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<OverviewDocument>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(OverviewDocument.Data)] = data }))).ToHtmlString());
        await writer.WriteAsync(html);
    }
}
