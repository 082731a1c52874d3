using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>Stores a <see cref="RegistrationNumber"/> as 1 to 12 ASCII digits, checked again when read; see <see cref="IdentifierConverter{T}"/>.</summary>
public sealed class RegistrationNumberConverter()
    : IdentifierConverter<RegistrationNumber>(value => StoredIdentifier.Write(value.IsDefault, value.Value, nameof(RegistrationNumber)), RegistrationNumber.TryParse, 12, fixedLength: false)
{
    /// <summary>The one instance; the converter holds no state.</summary>
    public static RegistrationNumberConverter Instance { get; } = new();
}
