using System.CommandLine;
using System.Globalization;
using Coop.Domain.Model.Identifiers;
using Coop.Domain.Text;

namespace Coop.Domain.Cli;

/// <summary>
/// What <c>coop</c> says on stderr, in English or in Persian (<c>--lang fa</c>). Conventions of the Persian forms:
/// numbers inside Persian sentences are written in Persian digits; file paths, option names (<c>--as-of</c>), JSON paths
/// (<c>$.rules[3]</c>), rule ids and other identifiers stay as they are (Latin) and are wrapped in a left-to-right isolate
/// (U+2066 … U+2069) so that the bidi algorithm cannot reorder them; what the user typed is quoted «…» and shown
/// with its digits in Persian. Library errors are said from their codes and arguments (<see cref="ParseError.Code"/>,
/// <see cref="IdentifierError.Rule"/>, the fields of <see cref="Serialization.JsonLineError"/> and
/// <see cref="Eligibility.Policies.PolicyError"/>), never by matching their English text; a detail that only the
/// English message holds is kept, isolated, after the Persian frame.
/// </summary>
internal static class CliText
{
    /// <summary>The language values <c>--lang</c> takes, as <c>--help</c> lists them.</summary>
    public const string LanguageValues = "en|fa";

    /// <summary><paramref name="en"/> or <paramref name="fa"/>, by the run's language.</summary>
    public static string T(this CliContext context, string en, string fa) => context.Persian ? fa : en;

    /// <summary>Latin text (a path, option, JSON path or id) isolated left-to-right for a Persian line.</summary>
    public static string L(string text) => "\u2066" + text + "\u2069";

    /// <summary>A number in Persian digits, a negative one with the minus sign U+2212 (<c>−۵</c>), as the library writes them.</summary>
    public static string N(long value) => N(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// An invariant number (<c>-1,500</c>, <c>2.5</c>, already grouped or with its separators in Persian) in Persian digits,
    /// a leading <c>-</c> written as the minus sign U+2212, as the library writes numbers in messages and tables.
    /// </summary>
    public static string N(string invariant) =>
        invariant.StartsWith('-') ? "\u2212" + PersianText.ToPersianDigits(invariant[1..]) : PersianText.ToPersianDigits(invariant);

    /// <summary>
    /// What the user typed, quoted for a Persian line: digits in Persian, or, when it holds a Latin letter (<c>1404-Q9</c>,
    /// <c>lots of rial</c>), as typed inside a left-to-right isolate (<c>«⁦1404-Q9⁩»</c>) so that it keeps its order.
    /// </summary>
    public static string Q(string typed) =>
        typed.Any(char.IsAsciiLetter) ? "«" + L(typed) + "»" : "«" + PersianText.ToPersianDigits(typed) + "»";

    /// <summary>The <c>--lang</c> option every verb takes: <c>en</c> (default) or <c>fa</c>, case ignored.</summary>
    public static Option<string> LanguageOption(string what) => new("--lang")
    {
        Description = $"Language of {what} and of the messages on stderr: en (default) or fa (Persian, with Persian digits).",
        HelpName = LanguageValues,
    };

    /// <summary>
    /// Whether the command line asks for Persian: its last <c>--lang</c> (<c>--lang fa</c>, <c>--lang=fa</c> or
    /// <c>--lang:fa</c>) is <c>fa</c>. Read before parsing, so that even a usage error is said in the language asked for.
    /// </summary>
    public static bool AsksForPersian(IReadOnlyList<string> args)
    {
        bool persian = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                break;
            }

            string? value = arg == "--lang" && i + 1 < args.Count ? args[i + 1]
                : arg.StartsWith("--lang=", StringComparison.Ordinal) || arg.StartsWith("--lang:", StringComparison.Ordinal) ? arg[7..]
                : null;
            if (value is not null)
            {
                persian = string.Equals(value.Trim(), "fa", StringComparison.OrdinalIgnoreCase);
            }
        }

        return persian;
    }

    /// <summary>Whether a message is already Persian (one of this tool's own checks wrote it so under <c>--lang fa</c>).</summary>
    public static bool IsPersian(string message) => message.Any(c => c is >= '\u0600' and <= '\u06FF');

    /// <summary>A parse error of the library in the run's language: from its code and arguments in Persian, its message in English.</summary>
    public static string Parse(CliContext context, ParseError error) => context.Persian ? Persian(error) : error.Message;

    /// <summary>A parse error in Persian, from its <see cref="ParseError.Code"/> and <see cref="ParseError.Arguments"/> (the library's <see cref="ParseError.MessageFa"/>).</summary>
    public static string Persian(ParseError error) => error.MessageFa;

    /// <summary>An identifier's error in the run's language, from its rule (the library's <see cref="IdentifierError.MessageFa(Type)"/>).</summary>
    public static string Identifier(CliContext context, string kind, IdentifierError error) =>
        !context.Persian
            ? error.Message
            : error.MessageFa(kind switch
            {
                "national-code" => typeof(NationalCode),
                "legal-id" => typeof(LegalEntityId),
                "sheba" => typeof(Sheba),
                "postal-code" => typeof(PostalCode),
                _ => typeof(RegistrationNumber),
            });

    /// <summary>
    /// A policy error in Persian: its file and JSON path isolated, line and column in Persian digits, and what is wrong from
    /// its <see cref="Eligibility.Policies.PolicyError.Code"/> (the English detail, isolated, when the code is unspecified).
    /// </summary>
    public static string Persian(Eligibility.Policies.PolicyError error, IEnumerable<string>? shippedIds = null, string? kind = null)
    {
        // The sentence is the library's (PolicyError.MessageFa); only the shipped ids, which the CLI knows, are added here.
        string detail = error.Code == Eligibility.Policies.PolicyErrorCode.FileNotFound && shippedIds is not null
            ? error.MessageFa + " و شناسهٔ هیچ‌یک از سیاست‌های همراه بسته هم نیست (" + string.Join("، ", shippedIds.Select(L)) + ")"
            : error.MessageFa;
        string where = error.ToPersianString();
        return where[..(where.Length - error.MessageFa.Length)] + (kind is null ? string.Empty : kind + ": ") + detail;
    }

    /// <summary>
    /// Why a file could not be read or written, for a Persian line after «خوانده نمی‌شود: » or «نوشته نمی‌شود: »: the
    /// library's Persian sentence for the kind of failure (<see cref="IoFailure.Classify"/>, by exception type and HResult),
    /// with a full stop, or, for an uncommon failure, the operating system's English message isolated.
    /// </summary>
    public static string Io(Exception e, string? path = null) =>
        IoFailure.ReasonFa(IoFailure.Classify(e, path)) is { } reason ? reason + "." : L(e.Message);

    /// <summary>
    /// A file that could not be read, in Persian: <paramref name="where"/> (already isolated) and, for a missing file or
    /// folder, that it does not exist, otherwise «خوانده نمی‌شود» and <see cref="Io"/>'s reason.
    /// </summary>
    public static string CannotRead(string where, Exception e, string? path = null) =>
        IoFailure.Classify(e, path) is IoFailureKind.FileNotFound or IoFailureKind.DirectoryNotFound
            ? $"{where}: {Io(e, path)}"
            : $"{where}: خوانده نمی‌شود: {Io(e, path)}";

    /// <summary>"N error(s)" style counts: <paramref name="count"/> in Persian digits before <paramref name="noun"/> (Persian nouns do not take a plural after a number).</summary>
    public static string Count(long count, string noun) => N(count) + " " + noun;
}
