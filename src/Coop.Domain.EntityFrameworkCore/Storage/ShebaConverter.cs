using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>Stores a <see cref="Sheba"/> as <c>IR</c> and 24 digits, checked again when read; see <see cref="IdentifierConverter{T}"/>.</summary>
public sealed class ShebaConverter()
    : IdentifierConverter<Sheba>(value => StoredIdentifier.Write(value.IsDefault, value.Value, nameof(Sheba)), Sheba.TryParse, 26, fixedLength: true)
{
    /// <summary>The one instance; the converter holds no state.</summary>
    public static ShebaConverter Instance { get; } = new();
}
