namespace Leerruimte.Data;

/// <summary>A record whose creation time is filled on insert from the app's clock.</summary>
public interface IHasCreatedAt
{
    DateTime CreatedAt { get; set; }
}
