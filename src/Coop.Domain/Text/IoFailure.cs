namespace Coop.Domain.Text;

/// <summary>
/// The common operating-system failures of reading and writing files, told apart by the exception's type and
/// <see cref="Exception.HResult"/> (never by its message text, which is English and differs between systems), and said in
/// Persian for a user who asked for Persian messages.
/// </summary>
public static class IoFailure
{
    // Windows HRESULTs (0x8007xxxx, FACILITY_WIN32) of the errors .NET does not map to an exception type of its own.
    private const int ErrorSharingViolation = unchecked((int)0x80070020);
    private const int ErrorLockViolation = unchecked((int)0x80070021);
    private const int ErrorHandleDiskFull = unchecked((int)0x80070027);
    private const int ErrorDiskFull = unchecked((int)0x80070070);
    private const int ErrorInvalidName = unchecked((int)0x8007007B);

    /// <summary>
    /// The kind of failure <paramref name="exception"/> reports, from its type and <see cref="Exception.HResult"/> (on Unix,
    /// .NET puts the raw errno there); <paramref name="path"/>, when given, tells a folder apart from a denied file.
    /// </summary>
    /// <param name="exception">The exception an attempt to open, read or write a file threw.</param>
    /// <param name="path">The path that was opened, or <see langword="null"/>.</param>
    /// <returns>The kind; <see cref="IoFailureKind.Other"/> when it is none of the common ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static IoFailureKind Classify(Exception exception, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (path is not null && exception is UnauthorizedAccessException or IOException && IsFolder(path))
        {
            // .NET reports opening a folder as a file as access denied (Unix) or as ERROR_ACCESS_DENIED (Windows).
            return IoFailureKind.IsDirectory;
        }

        return exception switch
        {
            FileNotFoundException => IoFailureKind.FileNotFound,
            DirectoryNotFoundException => IoFailureKind.DirectoryNotFound,
            PathTooLongException => IoFailureKind.PathTooLong,
            UnauthorizedAccessException => IoFailureKind.AccessDenied,
            ArgumentNullException => IoFailureKind.Other,
            ArgumentException or NotSupportedException => IoFailureKind.InvalidPath,
            IOException io => FromHResult(io.HResult),
            _ => IoFailureKind.Other,
        };
    }

    /// <summary>
    /// Why a file could not be read or written, in Persian, for after «خوانده نمی‌شود: » or «نوشته نمی‌شود: »: a Persian
    /// sentence for each common kind (<see cref="Classify"/>), and otherwise the exception's own message inside a
    /// left-to-right isolate (U+2066 … U+2069).
    /// </summary>
    /// <param name="exception">The exception an attempt to open, read or write a file threw.</param>
    /// <param name="path">The path that was opened, or <see langword="null"/>.</param>
    /// <returns>The reason, with no Latin letter or ASCII digit outside an isolate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string ReasonFa(Exception exception, string? path = null) =>
        ReasonFa(Classify(exception, path)) ?? PersianMessages.L(exception.Message);

    /// <summary>The Persian sentence for a kind of failure, or <see langword="null"/> for <see cref="IoFailureKind.Other"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The sentence, without a final full stop.</returns>
    public static string? ReasonFa(IoFailureKind kind) => kind switch
    {
        IoFailureKind.FileNotFound => "این فایل وجود ندارد",
        IoFailureKind.DirectoryNotFound => "پوشه‌ای از این مسیر وجود ندارد",
        IoFailureKind.AccessDenied => "اجازهٔ دسترسی به آن داده نشده است",
        IoFailureKind.IsDirectory => "این مسیر پوشه است، نه فایل",
        IoFailureKind.DiskFull => "جای خالی روی دیسک نمانده است",
        IoFailureKind.InUse => "برنامهٔ دیگری آن را در دست دارد و قفل است",
        IoFailureKind.PathTooLong => "این مسیر از اندازهٔ مجاز بلندتر است",
        IoFailureKind.InvalidPath => "این مسیر نویسهٔ نامجاز دارد یا شکلش پذیرفته نیست",
        _ => null,
    };

    /// <summary>
    /// The arguments a coded error carries for an operating-system failure: its English message (for the English text) and
    /// the name of its <see cref="IoFailureKind"/> (for the Persian), read back by <see cref="ReasonFa(IReadOnlyList{string})"/>.
    /// </summary>
    internal static string[] Arguments(Exception exception, string? path) => [exception.Message, Classify(exception, path).ToString()];

    /// <summary>
    /// The Persian reason of an error's arguments made by <see cref="Arguments"/>: the sentence of the kind (second
    /// argument), or the English message (first argument) isolated when the kind is <see cref="IoFailureKind.Other"/> or absent.
    /// </summary>
    internal static string ReasonFa(IReadOnlyList<string> arguments) =>
        arguments.Count > 1 && Array.IndexOf(Enum.GetNames<IoFailureKind>(), arguments[1]) >= 0
        && ReasonFa(Enum.Parse<IoFailureKind>(arguments[1])) is { } reason
            ? reason
            : PersianMessages.L(arguments.Count > 0 ? arguments[0] : string.Empty);

    private static IoFailureKind FromHResult(int hresult)
    {
        switch (hresult)
        {
            case ErrorDiskFull or ErrorHandleDiskFull:
                return IoFailureKind.DiskFull;
            case ErrorSharingViolation or ErrorLockViolation:
                return IoFailureKind.InUse;
            case ErrorInvalidName:
                return IoFailureKind.InvalidPath;
        }

        if (OperatingSystem.IsWindows())
        {
            return IoFailureKind.Other;
        }

        // Unix: the raw errno. ENOSPC (28), ETXTBSY (26) and EISDIR (21) are the same on Linux and the BSDs (macOS);
        // EDQUOT and EAGAIN/EWOULDBLOCK (which .NET reports for a file locked by another process) are not.
        bool linux = OperatingSystem.IsLinux() || OperatingSystem.IsAndroid();
        return hresult switch
        {
            28 => IoFailureKind.DiskFull,
            122 when linux => IoFailureKind.DiskFull,
            69 when !linux => IoFailureKind.DiskFull,
            11 when linux => IoFailureKind.InUse,
            35 when !linux => IoFailureKind.InUse,
            26 => IoFailureKind.InUse,
            21 => IoFailureKind.IsDirectory,
            _ => IoFailureKind.Other,
        };
    }

    private static bool IsFolder(string path)
    {
        try
        {
            return Directory.Exists(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return false;
        }
    }
}
