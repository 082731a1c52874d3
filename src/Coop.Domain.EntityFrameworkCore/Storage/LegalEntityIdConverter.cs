using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>Stores a <see cref="LegalEntityId"/> as 11 ASCII digits, e.g. <c>14005893875</c>, checked again when read; see <see cref="IdentifierConverter{T}"/>.</summary>
public sealed class LegalEntityIdConverter()
    : IdentifierConverter<LegalEntityId>(value => StoredIdentifier.Write(value.IsDefault, value.Value, nameof(LegalEntityId)), LegalEntityId.TryParse, 11, fixedLength: true)
{
    /// <summary>The one instance; the converter holds no state.</summary>
    public static LegalEntityIdConverter Instance { get; } = new();
}
