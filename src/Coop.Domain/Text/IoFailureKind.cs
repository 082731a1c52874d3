namespace Coop.Domain.Text;

/// <summary>What kind of operating-system failure stopped a file from being read or written (see <see cref="IoFailure"/>).</summary>
public enum IoFailureKind
{
    /// <summary>Another failure; only the exception's own message says what it is.</summary>
    Other,

    /// <summary>The file does not exist (<see cref="FileNotFoundException"/>).</summary>
    FileNotFound,

    /// <summary>A folder on the path does not exist (<see cref="DirectoryNotFoundException"/>).</summary>
    DirectoryNotFound,

    /// <summary>Permission to the file is denied (<see cref="UnauthorizedAccessException"/>).</summary>
    AccessDenied,

    /// <summary>The path names a folder where a file was expected.</summary>
    IsDirectory,

    /// <summary>The disk (or the user's quota) is full: ENOSPC or EDQUOT, ERROR_DISK_FULL or ERROR_HANDLE_DISK_FULL.</summary>
    DiskFull,

    /// <summary>The file is in use or locked by another process (a sharing or lock violation).</summary>
    InUse,

    /// <summary>The path is longer than the system allows (<see cref="PathTooLongException"/>).</summary>
    PathTooLong,

    /// <summary>The path has a character the system does not allow, or a form it does not support.</summary>
    InvalidPath,
}
