using System.Globalization;

namespace Coop.Domain.Model;

/// <summary>Collects violations while a model is checked, so that all are reported together.</summary>
/// <remarks>Nothing is allocated until the first violation: a valid model costs no list and no path strings.</remarks>
internal sealed class ViolationList
{
    private List<ModelViolation>? _items;

    internal int Count => _items?.Count ?? 0;

    internal IReadOnlyList<ModelViolation> Items => _items ?? (IReadOnlyList<ModelViolation>)[];

    /// <summary>Adds a violation; the caller builds the message and arguments only when the check failed.</summary>
    internal void Add(string path, ModelViolationCode code, string message, params string[] arguments) =>
        (_items ??= []).Add(new ModelViolation(path, message, code, arguments));

    /// <summary>Adds a violation of an element (or of one of its fields); the path string is built only here.</summary>
    internal void Add(ElementPath at, string? field, ModelViolationCode code, string message, params string[] arguments) =>
        Add(at.With(field), code, message, arguments);

    internal void AddRange(IEnumerable<ModelViolation> violations, string prefix)
    {
        foreach (ModelViolation v in violations)
        {
            (_items ??= []).Add(v with { Path = prefix + v.Path });
        }
    }

    internal void ThrowIfAny()
    {
        if (_items is { Count: > 0 })
        {
            throw new ModelValidationException(_items);
        }
    }
}

/// <summary>
/// Where an element sits in a model, kept as parts (<c>boardTerms</c>, 2, <c>seats</c>, 1) so that the path string
/// (<c>boardTerms[2].seats[1]</c>) is built only when a violation names it.
/// </summary>
internal readonly struct ElementPath
{
    private readonly string _collection;
    private readonly int _index;
    private readonly string? _inner;
    private readonly int _innerIndex;

    internal ElementPath(string collection, int index)
    {
        _collection = collection;
        _index = index;
    }

    private ElementPath(string collection, int index, string inner, int innerIndex)
    {
        _collection = collection;
        _index = index;
        _inner = inner;
        _innerIndex = innerIndex;
    }

    /// <summary>An element of a collection held by this element: <c>boardTerms[2]</c> → <c>boardTerms[2].seats[1]</c>.</summary>
    internal ElementPath Element(string collection, int index) => new(_collection, _index, collection, index);

    /// <summary>The path, with <paramref name="field"/> appended after a dot when given.</summary>
    internal string With(string? field)
    {
        string path = _inner is null
            ? string.Create(CultureInfo.InvariantCulture, $"{_collection}[{_index}]")
            : string.Create(CultureInfo.InvariantCulture, $"{_collection}[{_index}].{_inner}[{_innerIndex}]");
        return field is null ? path : path + "." + field;
    }

    public override string ToString() => With(null);
}

/// <summary>The arguments of a <see cref="ModelViolation"/> as culture-invariant text (built only when a check failed).</summary>
internal static class ViolationArg
{
    internal static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The canonical <c>yyyy/MM/dd</c>.</summary>
    internal static string Of(Coop.Domain.Calendar.SolarHijriDate date) => date.ToString();

    /// <summary>Whole rials.</summary>
    internal static string Of(Money amount) => amount.Rials.ToString(CultureInfo.InvariantCulture);

    /// <summary>The member's C# name, or the number when it has none.</summary>
    internal static string Name<T>(T value)
        where T : struct, Enum => value.ToString();
}
