using Leerruimte.Data;
using Leerruimte.Resources;

namespace Leerruimte.Features.LearningLog;

/// <summary>
/// Proof of a learning activity (a certificate, a report). Stored outside the web root under a random
/// name, accepted only as PDF, Word or an image whose first bytes match its kind, and at most 5 MB.
/// </summary>
public sealed class EvidenceFiles(DataFolder data)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF"u8.ToArray()),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47]),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"u8.ToArray()),
    };

    public sealed record Stored(string Key, string FileName, string ContentType, long Size);

    public async Task<(Stored? File, string? Error)> SaveAsync(Guid organisationId, string fileName, long length, Stream content, CancellationToken ct = default)
    {
        if (length == 0) return (null, Ui.Evidence_Empty);
        if (length > MaxBytes) return (null, string.Format(Ui.Evidence_TooLarge, MaxBytes / 1024 / 1024));
        var extension = Path.GetExtension(fileName);
        if (!Allowed.TryGetValue(extension, out var kind)) return (null, Ui.Evidence_WrongType);

        var header = new byte[kind.Magic.Length];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        // An allowed name on other content: a renamed file, or a damaged one. Say so rather than "choose a pdf".
        if (read < header.Length || !header.AsSpan().SequenceEqual(kind.Magic))
            return (null, string.Format(Ui.Evidence_NotWhatItSays, extension.TrimStart('.').ToLowerInvariant()));

        var key = $"{organisationId:N}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
        {
            await file.WriteAsync(header, ct);
            await content.CopyToAsync(file, ct);
        }
        var safeName = string.Concat(Path.GetFileName(fileName).Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')));
        return (new Stored(key, safeName.Length == 0 ? "bewijs" + extension : safeName[..Math.Min(safeName.Length, 200)], kind.ContentType, length), null);
    }

    public Stream? Open(string key) => File.Exists(PathOf(key)) ? File.OpenRead(PathOf(key)) : null;

    public void Delete(string? key)
    {
        if (key is not null && File.Exists(PathOf(key))) File.Delete(PathOf(key));
    }

    // Keys are made here (two GUIDs), never taken from a request, so no path can be smuggled in.
    private string PathOf(string key) => Path.Combine(data.Path, "evidence", key.Replace('/', Path.DirectorySeparatorChar));
}
