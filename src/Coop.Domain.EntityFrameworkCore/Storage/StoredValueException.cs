namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// A value read from the database is not a valid value of its Coop.Domain type: an identifier whose check
/// digit is wrong, a period text that does not parse, an amount beyond <c>Money</c>'s range, a stored
/// cooperative document that no longer reads. The message names the value, the type and the rule that failed.
/// </summary>
/// <remarks>
/// Rows written through the converters of this package are always valid; this error means the row was written
/// by something else (a hand-written <c>UPDATE</c>, an import that bypassed the model) or the data was damaged.
/// </remarks>
public sealed class StoredValueException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoredValueException()
        : this("A stored value is not valid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public StoredValueException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The error the type's own parser raised.</param>
    public StoredValueException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="storedValue"/> read as <paramref name="targetType"/>.</summary>
    /// <param name="storedValue">The value as the database gave it.</param>
    /// <param name="targetType">The Coop.Domain type it should have been.</param>
    /// <param name="reason">Why it is not one (the type's own message).</param>
    /// <param name="innerException">The error the type's own parser raised, if any.</param>
    public StoredValueException(object? storedValue, Type targetType, string reason, Exception? innerException = null)
        : base(Describe(storedValue, targetType, reason), innerException)
    {
        StoredValue = storedValue;
        TargetType = targetType;
    }

    /// <summary>The value as the database gave it, or null when not known.</summary>
    public object? StoredValue { get; }

    /// <summary>The Coop.Domain type the value should have been, or null when not known.</summary>
    public Type? TargetType { get; }

    private static string Describe(object? storedValue, Type targetType, string reason)
    {
        ArgumentNullException.ThrowIfNull(targetType);
        string shown = storedValue switch
        {
            null => "NULL",
            string s => "'" + s + "'",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => storedValue.ToString() ?? string.Empty,
        };
        return $"The database holds {shown} where a {targetType.Name} was expected: {reason}";
    }
}
