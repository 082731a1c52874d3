namespace Coop.Domain.Cli;

/// <summary>Whether the process was started with a standard input at all.</summary>
internal static class StandardInput
{
    /// <summary>
    /// False when standard input was closed at start (<c>coop convert - &lt;&amp;-</c>). On Linux the runtime then
    /// takes descriptor 0 for a pipe or event of its own, and reading it would wait forever; such a descriptor is an
    /// anonymous inode, or a pipe whose writing end this process holds too (a pipe given as input has its writer
    /// elsewhere). Elsewhere, and when it cannot tell, true.
    /// </summary>
    public static bool WasGiven()
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        try
        {
            string? zero = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (zero is null)
            {
                // No descriptor 0 at all: closed, and nothing took its place.
                return File.Exists("/proc/self/fd/0") || !Directory.Exists("/proc/self/fd");
            }

            if (zero.StartsWith("anon_inode:", StringComparison.Ordinal))
            {
                return false;
            }

            if (!zero.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return true;
            }

            foreach (string fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                if (Path.GetFileName(fd) != "0" && new FileInfo(fd).LinkTarget == zero && Writes(Path.GetFileName(fd)))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    // Whether descriptor fd is open for writing (O_WRONLY or O_RDWR in the octal flags of /proc/self/fdinfo).
    private static bool Writes(string fd)
    {
        foreach (string line in File.ReadLines("/proc/self/fdinfo/" + fd))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                string octal = line["flags:".Length..].Trim();
                return octal.Length > 0 && (octal[^1] - '0' & 3) != 0;
            }
        }

        return false;
    }
}
