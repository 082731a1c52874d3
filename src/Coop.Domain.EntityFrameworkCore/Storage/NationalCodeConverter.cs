using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>Stores a <see cref="NationalCode"/> as 10 ASCII digits, e.g. <c>0010350829</c>, checked again when read; see <see cref="IdentifierConverter{T}"/>.</summary>
public sealed class NationalCodeConverter()
    : IdentifierConverter<NationalCode>(value => StoredIdentifier.Write(value.IsDefault, value.Value, nameof(NationalCode)), NationalCode.TryParse, 10, fixedLength: true)
{
    /// <summary>The one instance; the converter holds no state.</summary>
    public static NationalCodeConverter Instance { get; } = new();
}
