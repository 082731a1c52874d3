using Coop.Domain.Calendar;

namespace Coop.Domain.Reporting.Output;

/// <summary>
/// An all-day event for <see cref="IcsWriter"/>: a Solar Hijri date, a title and a description, e.g. the
/// deadline of a cooperative's ordinary general assembly.
/// </summary>
public sealed class IcsEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="date">The day of the event.</param>
    /// <param name="title">
    /// The title, e.g. <c>مهلت برگزاری مجمع عمومی عادی</c>; the writer appends the SH date to form the
    /// summary (see <see cref="IcsOptions.DateInSummary"/>). Not empty; no control characters.
    /// </param>
    /// <param name="description">Longer text; may hold line breaks; empty for none.</param>
    /// <param name="key">
    /// What the event stands for, stable across exports, e.g. <c>coop/12345/assembly/1404</c>: the UID is
    /// derived from it, so a calendar program updates the event when its date moves instead of adding a
    /// second one. When null, the UID is derived from the date and title.
    /// </param>
    /// <param name="status">The status; <see cref="IcsEventStatus.None"/> writes none.</param>
    /// <param name="categories">Category names, e.g. <c>مجمع</c>; none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The title is empty, a text holds a control character (line breaks are allowed in the description only),
    /// the key is empty, or a category is null or empty.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public IcsEvent(
        SolarHijriDate date,
        string title,
        string description = "",
        string? key = null,
        IcsEventStatus status = IcsEventStatus.None,
        IEnumerable<string>? categories = null)
    {
        OutputText.Check(title, nameof(title), "event title");
        if (title.Length == 0)
        {
            throw new ArgumentException("The event title is empty.", nameof(title));
        }

        OutputText.Check(description, nameof(description), "event description", allowLineBreaks: true);
        if (key is not null && OutputText.Check(key, nameof(key), "event key").Length == 0)
        {
            throw new ArgumentException("The event key is empty; pass null to derive the UID from date and title.", nameof(key));
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown event status.");
        }

        string[] names = categories is null ? [] : [.. categories];
        for (int i = 0; i < names.Length; i++)
        {
            if (string.IsNullOrEmpty(OutputText.Check(names[i], nameof(categories), $"category {i}")))
            {
                throw new ArgumentException($"Category {i} is empty.", nameof(categories));
            }
        }

        Date = date;
        Title = title;
        Description = description;
        Key = key;
        Status = status;
        Categories = names;
    }

    /// <summary>The day of the event.</summary>
    public SolarHijriDate Date { get; }

    /// <summary>The title, without the date.</summary>
    public string Title { get; }

    /// <summary>The description; empty when there is none.</summary>
    public string Description { get; }

    /// <summary>The stable key the UID is derived from; null to derive it from date and title.</summary>
    public string? Key { get; }

    /// <summary>The status.</summary>
    public IcsEventStatus Status { get; }

    /// <summary>The category names (possibly none).</summary>
    public IReadOnlyList<string> Categories { get; }
}
