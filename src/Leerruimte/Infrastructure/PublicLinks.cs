namespace Leerruimte.Infrastructure;

/// <summary>
/// Absolute links for e-mails. Uses "App:PublicUrl" when set (needed behind a proxy and for background
/// jobs), otherwise the address of the current request.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public string To(string path)
    {
        var configured = configuration["App:PublicUrl"];
        var request = http.HttpContext?.Request;
        var root = !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/')
            : request is not null ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : "http://localhost:5000";
        return root + path;
    }
}
