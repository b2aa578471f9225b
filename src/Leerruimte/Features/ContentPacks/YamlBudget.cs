using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Leerruimte.Features.ContentPacks;

/// <summary>
/// What one read of a pack file may cost. Anchors and aliases are refused, because following aliases lets
/// a few hundred bytes expand into gigabytes; without them a file expands to no more than its own size, and
/// the node count stays far above what any real pack needs (the largest shipped one has under 1,000).
/// </summary>
public sealed class YamlBudget
{
    public const int MaxNodes = 20_000;

    /// <summary>Mappings, sequences and scalars read so far.</summary>
    public int Nodes { get; private set; }

    /// <summary>Characters of scalar values read so far.</summary>
    public long Characters { get; private set; }

    public void Charge(ParsingEvent e)
    {
        switch (e)
        {
            case AnchorAlias alias:
                throw Refused(e, $"'*{alias.Value}' is een verwijzing", '*');
            case NodeEvent { Anchor.IsEmpty: false } node:
                throw Refused(e, $"'&{node.Anchor}' is een anker", '&');
            case Scalar scalar:
                Nodes++;
                Characters += scalar.Value.Length;
                break;
            case SequenceStart or MappingStart:
                Nodes++;
                break;
        }
        if (Nodes > MaxNodes)
            throw new YamlRefusedException(e.Start, $"het bestand heeft meer dan {MaxNodes} onderdelen; zo groot is geen pakket");
    }

    private static YamlRefusedException Refused(ParsingEvent e, string what, char sign) =>
        new(e.Start, $"{what}; ankers en verwijzingen kunnen niet in een pakket. Schrijf de tekst voluit, of zet hem tussen aanhalingstekens als hij met {sign} begint");
}

/// <summary>A read of a pack file stopped by its <see cref="YamlBudget"/>; the message is for the pack's author.</summary>
public sealed class YamlRefusedException(Mark start, string message) : YamlException(start, start, message);

/// <summary>Reads YAML event by event and charges every event to a budget before anything is built from it.</summary>
public sealed class BudgetedParser(string yaml, YamlBudget budget) : IParser
{
    private readonly Parser inner = new(new StringReader(yaml));

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        budget.Charge(inner.Current!);
        return true;
    }
}
