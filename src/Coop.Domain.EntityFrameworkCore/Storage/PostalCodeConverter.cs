using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>Stores a <see cref="PostalCode"/> as 10 ASCII digits, checked again when read; see <see cref="IdentifierConverter{T}"/>.</summary>
public sealed class PostalCodeConverter()
    : IdentifierConverter<PostalCode>(value => StoredIdentifier.Write(value.IsDefault, value.Value, nameof(PostalCode)), PostalCode.TryParse, 10, fixedLength: true)
{
    /// <summary>The one instance; the converter holds no state.</summary>
    public static PostalCodeConverter Instance { get; } = new();
}
