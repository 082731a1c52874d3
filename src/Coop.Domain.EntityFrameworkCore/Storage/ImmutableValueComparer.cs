using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// The value comparer of an immutable Coop.Domain value type: equality is the type's own
/// <see cref="IEquatable{T}"/>, the hash code its own, and a snapshot is the value itself (nothing inside it
/// can change, so there is nothing to copy).
/// </summary>
/// <typeparam name="T">An immutable value type such as <c>SolarHijriDate</c>, <c>Money</c> or <c>NationalCode</c>.</typeparam>
/// <remarks>
/// Equality is the type's, not the stored form's: two <c>ReportingPeriod</c>s that cover the same days but
/// differ in unit are different values, and a change from one to the other is saved.
/// </remarks>
public sealed class ImmutableValueComparer<T> : ValueComparer<T>
    where T : struct, IEquatable<T>
{
    /// <summary>Creates the comparer.</summary>
    public ImmutableValueComparer()
        : base((a, b) => a.Equals(b), v => v.GetHashCode(), v => v)
    {
    }
}
