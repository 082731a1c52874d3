using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Cli;

/// <summary>
/// Streams a registry file's cooperatives, one at a time, keeping only the bad lines: the verbs that aggregate
/// (<c>report</c>) or look for one cooperative (<c>compliance</c>) read a registry of any size in bounded memory.
/// </summary>
internal sealed class RegistryScan
{
    private readonly CliContext _context;
    private readonly string _path;
    private readonly string _verb;
    private readonly bool _quiet;
    private readonly List<JsonLineError> _errors = [];
    private RegistryHeader? _header;
    private long _loaded;
    private bool _failed;

    private RegistryScan(CliContext context, string path, string verb, bool quiet)
    {
        _context = context;
        _path = path;
        _verb = verb;
        _quiet = quiet;
    }

    /// <summary>
    /// Reads the registry at <paramref name="path"/> through <paramref name="use"/>, which enumerates the cooperatives that
    /// loaded once (with the shared progress line). Returns false after writing why when the file cannot be read, is not a
    /// registry, has no valid record, or is damaged (<see cref="EvaluationCli.ReportBadLines"/>): the caller then writes
    /// nothing to stdout and exits with 2, whatever <paramref name="use"/> computed. Lines that are only invalid records are
    /// reported on stderr and skipped.
    /// </summary>
    public static bool Run(CliContext context, string path, string verb, bool quiet, Action<IEnumerable<Cooperative>> use)
    {
        var scan = new RegistryScan(context, path, verb, quiet);
        try
        {
            use(scan.Cooperatives());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(context.T($"--registry {path}: cannot read: {e.Message}", CliText.CannotRead(CliText.L("--registry " + path), e, path)));
            return false;
        }

        if (scan._failed)
        {
            return false;
        }

        if (scan._header is null)
        {
            context.Error.WriteLine(context.T(
                $"--registry {path}: not a registry file: {(scan._errors.Count > 0 ? scan._errors[0].Message : "no header")}",
                $"{CliText.L("--registry " + path)}: فایل ثبت نیست: {(scan._errors.Count > 0 ? scan._errors[0].MessageFa : "سرآیند ندارد")}"));
            return false;
        }

        return EvaluationCli.ReportBadLines(context, path, scan._errors, scan._loaded);
    }

    private IEnumerable<Cooperative> Cooperatives()
    {
        using FileStream? stream = EvaluationCli.OpenRegistry(_context, _path);
        if (stream is null)
        {
            _failed = true;
            yield break;
        }

        using ProgressReporter? progress = ProgressReporter.Create(_context, _verb, _quiet, stream);
        long records = 0;
        foreach (RegistryRecord record in RegistryReader.Read(stream))
        {
            progress?.Report(++records);
            if (record.Error is { } error)
            {
                _errors.Add(error);
            }
            else if (record.Header is { } header)
            {
                _header = header;
            }
            else if (record.Cooperative is { } cooperative)
            {
                _loaded++;
                yield return cooperative;
            }
        }

        progress?.Finish();
    }
}
