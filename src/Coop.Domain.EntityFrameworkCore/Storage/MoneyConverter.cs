using Coop.Domain.Model;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// Stores <see cref="Money"/> exactly as its whole number of rials in a 64-bit integer column (<c>bigint</c> on
/// PostgreSQL, <c>INTEGER</c> on SQLite): never a floating-point type, so sums and comparisons in SQL are exact.
/// </summary>
/// <remarks>
/// Every <see cref="Money"/> fits (±9,223,372,036,854,775,807 rials). The one 64-bit value it excludes,
/// −9,223,372,036,854,775,808, raises <see cref="StoredValueException"/> when read. A SQL <c>SUM</c> over many
/// large amounts can overflow in the database (PostgreSQL widens <c>SUM(bigint)</c> to <c>numeric</c>;
/// SQLite raises "integer overflow").
/// </remarks>
public sealed class MoneyConverter : ValueConverter<Money, long>
{
    /// <summary>The one instance; the converter holds no state.</summary>
    public static MoneyConverter Instance { get; } = new();

    /// <summary>Creates the converter.</summary>
    public MoneyConverter()
        : base(money => money.Rials, stored => FromStore(stored))
    {
    }

    /// <summary>The amount of a stored number of rials.</summary>
    /// <param name="stored">The rials the database gave.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="StoredValueException"><paramref name="stored"/> is <see cref="long.MinValue"/>.</exception>
    public static Money FromStore(long stored) =>
        stored == long.MinValue
            ? throw new StoredValueException(stored, typeof(Money), "Money holds at most ±9,223,372,036,854,775,807 rials.")
            : Money.FromRials(stored);
}
