namespace Coop.Domain.EntityFrameworkCore.Registry;

/// <summary>
/// Saving a batch of an import failed in the database (a constraint, a lost connection): that batch was rolled
/// back whole; the batches before it stay saved. The message names the lines of the failed batch and what was
/// saved before it; <see cref="Exception.InnerException"/> is the database's error.
/// </summary>
public sealed class RegistryImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RegistryImportException()
        : this("A registry import failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public RegistryImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the database's error.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The database's error.</param>
    public RegistryImportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal RegistryImportException(long firstLine, long lastLine, int savedBefore, Exception innerException)
        : base(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"Saving the batch of lines {firstLine}–{lastLine} failed and was rolled back; the {savedBefore} cooperatives of earlier batches stay saved. {innerException.Message}"),
            innerException)
    {
        FirstLine = firstLine;
        LastLine = lastLine;
        SavedBefore = savedBefore;
    }

    /// <summary>The first line of the batch that was rolled back.</summary>
    public long FirstLine { get; }

    /// <summary>The last line of the batch that was rolled back.</summary>
    public long LastLine { get; }

    /// <summary>The cooperatives saved (added or replaced) by the batches committed before the failure.</summary>
    public int SavedBefore { get; }
}
