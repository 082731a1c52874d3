using System.Diagnostics;
using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Cli;

/// <summary>
/// The one progress line every long verb shows on standard error: records read, the rate and, when the input's size is
/// known, the percentage read. It is shown only when standard error is a terminal (<see cref="CliContext.ErrorIsTerminal"/>),
/// never on standard output, not at all with <c>--quiet</c>, and only once a run has lasted a second, so short runs and
/// scripts that capture standard error see nothing.
/// </summary>
internal sealed class ProgressReporter : IProgress<long>, IDisposable
{

    private readonly TextWriter _error;
    private readonly string _verb;
    private readonly Stream? _input;
    private readonly long _length;
    private readonly long _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly long _interval;
    private long _next;
    private long _records;
    private int _width;
    private bool _shown;
    private bool _finished;
    private readonly bool _persian;

    private ProgressReporter(CliContext context, string verb, Stream? input, long total)
    {
        TextWriter error = context.Error;
        _interval = context.ProgressIntervalMs;
        _next = _interval;
        _error = error;
        _verb = verb;
        _input = input;
        _length = input is { CanSeek: true } ? SafeLength(input) : 0;
        _total = total;
        _persian = context.Persian;
    }

    /// <summary>A reporter for <paramref name="verb"/> reading <paramref name="input"/> (its position gives the percentage when it can seek), or null when progress is not to be shown.</summary>
    public static ProgressReporter? Create(CliContext context, string verb, bool quiet, Stream? input) =>
        quiet || !context.ErrorIsTerminal ? null : new ProgressReporter(context, verb, input, 0);

    /// <summary>A reporter for <paramref name="verb"/> producing <paramref name="total"/> records (the percentage is of them), or null when progress is not to be shown.</summary>
    public static ProgressReporter? Create(CliContext context, string verb, bool quiet, long total) =>
        quiet || !context.ErrorIsTerminal ? null : new ProgressReporter(context, verb, null, total);

    /// <summary>The progress line: <c>coop report: 12,345 records read, 6,172/s, 50%</c> (the percentage only when known).</summary>
    /// <param name="verb">The verb, e.g. <c>report</c>.</param>
    /// <param name="records">Records (lines or cooperatives) read so far.</param>
    /// <param name="elapsed">Time since the verb started reading.</param>
    /// <param name="fraction">The share of the input read (0–1), or null when its size is unknown.</param>
    /// <param name="persian">Whether to say it in Persian: <c>coop report: ۱۲٬۳۴۵ رکورد خوانده شد، ۶٬۱۷۲ در ثانیه، ۵۰٪</c>.</param>
    public static string Format(string verb, long records, TimeSpan elapsed, double? fraction, bool persian = false)
    {
        long rate = elapsed.TotalSeconds > 0 ? (long)(records / elapsed.TotalSeconds) : 0;
        if (persian)
        {
            string share = fraction is { } p ? "، " + CliText.N(Math.Clamp((int)(p * 100), 0, 100)) + "٪" : string.Empty;
            return $"coop {verb}: {EvaluationCli.Count(records, true)} رکورد خوانده شد، {EvaluationCli.Count(rate, true)} در ثانیه{share}";
        }

        string percent = fraction is { } f ? string.Create(CultureInfo.InvariantCulture, $", {Math.Clamp((int)(f * 100), 0, 100)}%") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"coop {verb}: {records:#,0} records read, {rate:#,0}/s{percent}");
    }

    /// <summary>The last line: <c>coop report: done, 12,345 records in 2.0 s</c>.</summary>
    /// <param name="persian">Whether to say it in Persian: <c>coop report: پایان، ۱۲٬۳۴۵ رکورد در ۲٫۰ ثانیه</c>.</param>
    public static string FormatDone(string verb, long records, TimeSpan elapsed, bool persian = false) => persian
        ? $"coop {verb}: پایان، {EvaluationCli.Count(records, true)} رکورد در {PersianText.ToPersianDigits(elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Replace('.', '\u066B')} ثانیه"
        : string.Create(CultureInfo.InvariantCulture, $"coop {verb}: done, {records:#,0} records in {elapsed.TotalSeconds:0.0} s");

    /// <summary>Records that <paramref name="value"/> records have been read; redraws the line at most once a second.</summary>
    public void Report(long value)
    {
        _records = value;
        if (_clock.ElapsedMilliseconds < _next)
        {
            return;
        }

        _next = _clock.ElapsedMilliseconds + _interval;
        double? fraction = _total > 0 ? (double)value / _total
            : _length > 0 && _input is { CanSeek: true } ? (double)SafePosition(_input) / _length
            : null;
        Draw(Format(_verb, value, _clock.Elapsed, fraction, _persian));
    }

    /// <summary>Ends the line with the total, when a line was shown.</summary>
    public void Finish()
    {
        if (_shown && !_finished)
        {
            Draw(FormatDone(_verb, _records, _clock.Elapsed, _persian));
            _error.Write('\n');
            _error.Flush();
        }

        _finished = true;
    }

    /// <summary>Ends a shown line (without the total) so later messages start on their own line.</summary>
    public void Dispose()
    {
        if (_shown && !_finished)
        {
            _error.Write('\n');
            _error.Flush();
        }

        _finished = true;
    }

    private void Draw(string text)
    {
        _error.Write('\r');
        _error.Write(text.Length < _width ? text.PadRight(_width) : text);
        _error.Flush();
        _width = text.Length;
        _shown = true;
    }

    private static long SafeLength(Stream stream)
    {
        try
        {
            return stream.Length;
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return 0;
        }
    }

    private static long SafePosition(Stream stream)
    {
        try
        {
            return stream.Position;
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            return 0;
        }
    }
}
