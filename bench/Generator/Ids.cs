namespace Leerruimte.Bench.Generator;

/// <summary>
/// Ids and join codes from the seed, not the machine: the same seed gives the same database. Ids are version-7
/// Guids on the row's own time (as the app makes them, time first), with the random part drawn from
/// <see cref="Random"/>, the current organisation's draws.
/// </summary>
public sealed class Ids
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static readonly long CodeSpace = (long)Math.Pow(Alphabet.Length, 8);
    private long codes;

    public Random Random { get; set; } = new(0);

    public Guid At(DateTime at)
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        var ms = (ulong)Math.Max(0, new DateTimeOffset(at.ToUniversalTime()).ToUnixTimeMilliseconds());
        for (var i = 0; i < 6; i++) bytes[i] = (byte)(ms >> (8 * (5 - i)));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>
    /// Eight characters (the app makes six, so none can clash with a code made later), unique by construction: a
    /// counter multiplied by a number coprime to the code space visits every code once.
    /// </summary>
    public string JoinCode()
    {
        var n = (long)((Int128)(++codes) * 1_000_003 % CodeSpace);
        return string.Create(8, n, (span, value) =>
        {
            for (var i = span.Length - 1; i >= 0; i--) { span[i] = Alphabet[(int)(value % Alphabet.Length)]; value /= Alphabet.Length; }
        });
    }
}
