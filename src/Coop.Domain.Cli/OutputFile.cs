using Coop.Domain.Serialization;

namespace Coop.Domain.Cli;

/// <summary>
/// The one rule for every file a verb writes (<c>generate --out</c>, <c>report --chart</c>, <c>compliance --ics</c>):
/// checked before any work, so nothing the user gave is lost, and written with <see cref="AtomicFile"/>.
/// </summary>
internal static class OutputFile
{
    /// <summary>
    /// Whether <paramref name="path"/> may be written: not empty (a usage error), not a folder, not one of the verb's
    /// <paramref name="inputs"/> (even through another spelling or a symbolic link), and not an existing file unless
    /// <paramref name="force"/>. Otherwise writes why not, naming <paramref name="option"/>, and returns false.
    /// </summary>
    public static bool CanWrite(CliContext context, string option, string path, bool force, params IEnumerable<string?> inputs)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            context.Error.WriteLine(context.T($"{option} '{path}': give a file path.", $"{CliText.L(option)} {CliText.Q(path)}: مسیر یک فایل را بدهید."));
            return false;
        }

        if (Directory.Exists(path))
        {
            context.Error.WriteLine(context.T($"{option} {path}: is a folder; give a file path.", $"{CliText.L(option + " " + path)}: پوشه است؛ مسیر یک فایل را بدهید."));
            return false;
        }

        string target = Identity(path);
        foreach (string? input in inputs)
        {
            if (!string.IsNullOrEmpty(input) && input != "-" && string.Equals(Identity(input), target, StringComparison.Ordinal))
            {
                context.Error.WriteLine(context.T(
                    $"{option} {path}: is also an input ({input}); writing it would replace what it is read from. Give another file.",
                    $"{CliText.L(option + " " + path)}: ورودی هم هست ({CliText.L(input)})؛ نوشتن آن همان چیزی را که از آن خوانده می‌شود جایگزین می‌کند. فایل دیگری بدهید."));
                return false;
            }
        }

        if (File.Exists(path) && !force)
        {
            context.Error.WriteLine(context.T($"{option} {path}: exists; pass --force to overwrite it.", $"{CliText.L(option + " " + path)}: از پیش هست؛ برای بازنویسی آن {CliText.L("--force")} را بدهید."));
            return false;
        }

        return true;
    }

    /// <summary>Writes the file atomically (<see cref="AtomicFile.Write"/>); on failure writes why (the file as it was is kept) and returns false.</summary>
    public static bool Write(CliContext context, string option, string path, Action<Stream> write) =>
        Try(context, option, path, () => AtomicFile.Write(path, write));

    /// <summary>Writes text atomically (<see cref="AtomicFile.WriteText"/>); on failure writes why and returns false.</summary>
    public static bool WriteText(CliContext context, string option, string path, string text) =>
        Try(context, option, path, () => AtomicFile.WriteText(path, text));

    private static bool Try(CliContext context, string option, string path, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine(context.T(
                $"{option} {path}: cannot write: {e.Message}{(File.Exists(path) ? " (the existing file is unchanged)" : string.Empty)}",
                $"{CliText.L(option + " " + path)}: نوشته نمی‌شود: {CliText.Io(e, path)}{(File.Exists(path) ? " (فایل موجود دست نخورده است)" : string.Empty)}"));
            return false;
        }
    }

    // The file a path names: its full path, through a symbolic link at the end.
    private static string Identity(string path)
    {
        try
        {
            string full = Path.GetFullPath(path);
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return path;
        }
    }
}
