using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// Stores an identifier of the model (<c>NationalCode</c>, <c>LegalEntityId</c>, <c>PostalCode</c>, <c>Sheba</c>,
/// <c>RegistrationNumber</c>) as its canonical ASCII text and checks it again when read: a stored value that
/// fails the type's rules (a wrong check digit, a wrong length) or is not in canonical form raises
/// <see cref="StoredValueException"/> naming the value and the rule.
/// </summary>
/// <typeparam name="T">The identifier type.</typeparam>
/// <remarks>
/// Storing <c>default(T)</c>, which holds no identifier, throws <see cref="InvalidOperationException"/>: map a
/// missing identifier as a nullable property (<c>NationalCode?</c>), which stores <c>NULL</c>.
/// </remarks>
public abstract class IdentifierConverter<T> : ValueConverter<T, string>
    where T : struct
{
    private protected IdentifierConverter(Expression<Func<T, string>> write, IdentifierParser<T> parse, int length, bool fixedLength)
        : base(write, stored => StoredIdentifier.Read(stored, parse), new RelationalConverterMappingHints(size: length, unicode: false, fixedLength: fixedLength))
    {
        Length = length;
        IsFixedLength = fixedLength;
    }

    /// <summary>The length of the stored text (the largest length when <see cref="IsFixedLength"/> is false).</summary>
    public int Length { get; }

    /// <summary>Whether every stored text has exactly <see cref="Length"/> characters.</summary>
    public bool IsFixedLength { get; }
}
