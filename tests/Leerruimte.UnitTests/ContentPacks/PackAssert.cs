using Leerruimte.Features.ContentPacks;

namespace Leerruimte.UnitTests.ContentPacks;

/// <summary>How a pack test checks a refusal: one error, naming the file, its line and the field.</summary>
public static class PackAssert
{
    public static PackError RefusedFor(PackParseResult result, string file, string field)
    {
        Assert.Null(result.Pack);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, field), (error.File, error.Field));
        Assert.StartsWith($"{file}, regel {error.Line}, veld '{field}': ", error.ToString());
        return error;
    }

    /// <summary>The line (from 1) on which a fragment of the YAML begins.</summary>
    public static int LineOf(string yaml, string fragment) =>
        yaml[..yaml.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
