using System.Globalization;

namespace Coop.Domain.Model;

/// <summary>Checked rial arithmetic whose overflow messages name the operation and operands.</summary>
internal static class MoneyMath
{
    internal static long Add(long left, long right, string operation)
    {
        long sum;
        try
        {
            sum = checked(left + right);
        }
        catch (OverflowException e)
        {
            throw Overflow(operation, left, right, e);
        }

        return sum == long.MinValue ? throw Overflow(operation, left, right, null) : sum;
    }

    internal static long Multiply(long left, long right, string operation)
    {
        long product;
        try
        {
            product = checked(left * right);
        }
        catch (OverflowException e)
        {
            throw Overflow(operation, left, right, e);
        }

        return product == long.MinValue ? throw Overflow(operation, left, right, null) : product;
    }

    internal static decimal DecimalMultiply(decimal left, decimal right, string operation)
    {
        try
        {
            return left * right;
        }
        catch (OverflowException e)
        {
            throw new OverflowException(
                string.Create(CultureInfo.InvariantCulture, $"Money.{operation}: {left} × {right} is too large to represent."), e);
        }
    }

    internal static long ToRials(decimal rials, string operation)
    {
        if (rials > long.MaxValue || rials < -long.MaxValue)
        {
            throw new OverflowException(
                string.Create(CultureInfo.InvariantCulture, $"Money.{operation}: {rials} rials is outside the range of Money (±9,223,372,036,854,775,807 IRR)."));
        }

        return (long)rials;
    }

    private static OverflowException Overflow(string operation, long left, long right, Exception? inner) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"Money.{operation} of {left} and {right} (rials) overflows the range of Money (±9,223,372,036,854,775,807 IRR)."),
            inner);
}
