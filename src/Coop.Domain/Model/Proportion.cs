using System.Globalization;
using System.Numerics;

namespace Coop.Domain.Model;

/// <summary>
/// An exact non-negative fraction <see cref="Numerator"/>/<see cref="Denominator"/>, e.g. a member's share
/// of capital (shares held / shares outstanding). Comparisons with decimal thresholds are exact.
/// </summary>
/// <remarks>
/// Stored reduced to lowest terms. <c>default(Proportion)</c> is 0/1. <see cref="ToDecimal"/> rounds to the
/// 28 significant digits of <see cref="decimal"/> (1/3 becomes 0.3333…); use <see cref="CompareTo(decimal)"/>
/// for an exact test against a limit such as 0.005m (0.5%).
/// </remarks>
public readonly struct Proportion : IEquatable<Proportion>, IComparable<Proportion>
{
    private readonly long _numerator;
    private readonly long _denominatorMinusOne;

    /// <summary>Creates <paramref name="numerator"/>/<paramref name="denominator"/>, reduced.</summary>
    /// <param name="numerator">The part, at least 0.</param>
    /// <param name="denominator">The whole, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numerator"/> is negative or <paramref name="denominator"/> is below 1.</exception>
    public Proportion(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, 1);
        long gcd = (long)BigInteger.GreatestCommonDivisor(numerator, denominator);
        _numerator = numerator / gcd;
        _denominatorMinusOne = (denominator / gcd) - 1;
    }

    /// <summary>Zero (0/1).</summary>
    public static Proportion Zero => default;

    /// <summary>The numerator in lowest terms.</summary>
    public long Numerator => _numerator;

    /// <summary>The denominator in lowest terms, at least 1.</summary>
    public long Denominator => _denominatorMinusOne + 1;

    /// <summary>The value as a decimal, rounded to decimal's precision.</summary>
    public decimal ToDecimal() => (decimal)_numerator / Denominator;

    /// <summary>Compares exactly with a decimal: negative when this is smaller, 0 when equal, positive when larger.</summary>
    /// <param name="value">The value to compare with, e.g. 0.005m.</param>
    public int CompareTo(decimal value)
    {
        // n/d ? m/10^s  ⇔  n·10^s ? m·d, in integers.
        int[] bits = decimal.GetBits(value);
        int scale = (bits[3] >> 16) & 0xFF;
        bool negative = bits[3] < 0;
        BigInteger mantissa = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | (uint)bits[0];
        if (negative)
        {
            mantissa = -mantissa;
        }

        BigInteger left = new BigInteger(_numerator) * BigInteger.Pow(10, scale);
        BigInteger right = mantissa * Denominator;
        return left.CompareTo(right);
    }

    /// <inheritdoc />
    public int CompareTo(Proportion other) =>
        (new BigInteger(_numerator) * other.Denominator).CompareTo(new BigInteger(other._numerator) * Denominator);

    /// <inheritdoc />
    public bool Equals(Proportion other) => _numerator == other._numerator && _denominatorMinusOne == other._denominatorMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Proportion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_numerator, _denominatorMinusOne);

    /// <summary>Whether two proportions are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator ==(Proportion left, Proportion right) => left.Equals(right);

    /// <summary>Whether two proportions differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator !=(Proportion left, Proportion right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is smaller.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <(Proportion left, Proportion right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is larger.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >(Proportion left, Proportion right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <=(Proportion left, Proportion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >=(Proportion left, Proportion right) => left.CompareTo(right) >= 0;

    /// <summary>The fraction, e.g. <c>1/3</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_numerator}/{Denominator}");
}
