using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// Describes one parameter inside <see cref="PolicyBuilder.Parameter"/>: documentation (unit, description, source),
/// the source register ids its values rest on, and the dated values, added in increasing date order with <c>From(date, value)</c>. A C# number given to
/// a money parameter is an amount in rials; a string is read as in a policy file (<c>"50 billion toman"</c>,
/// <c>"4 months"</c>, <c>"1404/01/01"</c>). Type mismatches and dates out of order are reported by
/// <see cref="PolicyBuilder.Build"/> with the value's JSON path.
/// </summary>
public sealed class ParameterBuilder
{
    private readonly FactTypeKind _kind;

    internal ParameterBuilder(string name, FactType type)
    {
        _kind = type.Kind;
        Dto = new ParameterDto { Name = name, Type = PolicyJsonValues.TypeName(type) };
    }

    internal ParameterDto Dto { get; }

    /// <summary>Sets the unit, as documentation (e.g. <c>rial</c>, <c>members</c>).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder Unit(string unit)
    {
        Dto.Unit = unit;
        return this;
    }

    /// <summary>Sets what the parameter means.</summary>
    /// <param name="fa">In Persian.</param>
    /// <param name="en">In English.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder Description(string fa, string en)
    {
        Dto.Description = new TextDto { Fa = fa, En = en };
        return this;
    }

    /// <summary>Sets the legal or administrative source the values come from.</summary>
    /// <param name="source">The source citation.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder Source(string source)
    {
        Dto.Source = source;
        return this;
    }

    /// <summary>
    /// Names the source register entries the values rest on (docs/sources.md), unless a value names its own with
    /// <see cref="ValueSources"/>. A value resting on none stands as an assumption.
    /// </summary>
    /// <param name="ids">The register ids, kebab-case.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    public ParameterBuilder Sources(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Dto.Sources = [.. ids];
        return this;
    }

    /// <summary>Names the source register entries the value added last rests on, instead of the parameter's.</summary>
    /// <param name="ids">The register ids, kebab-case.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No value has been added yet.</exception>
    public ParameterBuilder ValueSources(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (Dto.Values is not [.., ValueDto last])
        {
            throw new InvalidOperationException($"The parameter '{Dto.Name}' has no value yet: call From(...) before ValueSources(...).");
        }

        last.Sources = [.. ids];
        return this;
    }

    /// <summary>Makes each value a table by key (<c>$name[key]</c> in expressions).</summary>
    /// <param name="keyed">Whether the parameter is keyed.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder Keyed(bool keyed = true)
    {
        Dto.Keyed = keyed;
        return this;
    }

    /// <summary>Adds a value in force from <paramref name="date"/> until the next dated value.</summary>
    /// <param name="date">The first day it applies.</param>
    /// <param name="value">The value, of the parameter's type.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder From(SolarHijriDate date, FactValue value, string? reference = null) =>
        Add(date, PolicyJsonValues.Of(value), reference);

    /// <summary>Adds a whole-number value (an Integer or Decimal; rials for a Money parameter).</summary>
    /// <param name="date">The first day it applies.</param>
    /// <param name="value">The value.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder From(SolarHijriDate date, long value, string? reference = null) =>
        Add(date, PolicyJsonValues.Integer(value, _kind), reference);

    /// <summary>Adds a number (a Decimal; rials for a Money parameter).</summary>
    /// <param name="date">The first day it applies.</param>
    /// <param name="value">The value.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder From(SolarHijriDate date, decimal value, string? reference = null) =>
        Add(date, PolicyJsonValues.Number(value, _kind), reference);

    /// <summary>Adds a Boolean value.</summary>
    /// <param name="date">The first day it applies.</param>
    /// <param name="value">The value.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder From(SolarHijriDate date, bool value, string? reference = null) =>
        Add(date, PolicyJsonValues.Boolean(value), reference);

    /// <summary>Adds a value written as in a policy file: a String, or money (<c>"30 billion rial"</c>), a duration
    /// (<c>"4 months"</c>) or a date (<c>"1404/01/01"</c>) for parameters of those types.</summary>
    /// <param name="date">The first day it applies.</param>
    /// <param name="value">The text.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null (use <see cref="EndsOn"/> to end the parameter).</exception>
    public ParameterBuilder From(SolarHijriDate date, string value, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Add(date, PolicyJsonValues.Text(value), reference);
    }

    /// <summary>Adds a Date value.</summary>
    /// <param name="date">The first day it applies.</param>
    /// <param name="value">The value.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder From(SolarHijriDate date, SolarHijriDate value, string? reference = null) =>
        Add(date, PolicyJsonValues.Date(value), reference);

    /// <summary>Adds a Duration value.</summary>
    /// <param name="date">The first day it applies.</param>
    /// <param name="value">The value.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder From(SolarHijriDate date, CalendarDuration value, string? reference = null) =>
        Add(date, PolicyJsonValues.Of(FactValue.Duration(value)), reference);

    /// <summary>Adds a table of whole numbers by key for a keyed parameter (rials for a Money parameter).</summary>
    /// <param name="date">The first day it applies (the table replaces the previous one whole).</param>
    /// <param name="table">The values by key.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public ParameterBuilder From(SolarHijriDate date, IEnumerable<KeyValuePair<string, long>> table, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Add(date, PolicyJsonValues.Table(table.Select(p => KeyValuePair.Create(p.Key, PolicyJsonValues.Integer(p.Value, _kind)))), reference);
    }

    /// <summary>Adds a table of numbers by key for a keyed parameter (rials for a Money parameter).</summary>
    /// <param name="date">The first day it applies (the table replaces the previous one whole).</param>
    /// <param name="table">The values by key.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public ParameterBuilder From(SolarHijriDate date, IEnumerable<KeyValuePair<string, decimal>> table, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Add(date, PolicyJsonValues.Table(table.Select(p => KeyValuePair.Create(p.Key, PolicyJsonValues.Number(p.Value, _kind)))), reference);
    }

    /// <summary>Adds a table of values written as in a policy file (strings, or money, durations, dates as text) for a keyed parameter.</summary>
    /// <param name="date">The first day it applies (the table replaces the previous one whole).</param>
    /// <param name="table">The values by key.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public ParameterBuilder From(SolarHijriDate date, IEnumerable<KeyValuePair<string, string>> table, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Add(date, PolicyJsonValues.Table(table.Select(p => KeyValuePair.Create(p.Key, PolicyJsonValues.Text(p.Value)))), reference);
    }

    /// <summary>Adds a table of values by key for a keyed parameter.</summary>
    /// <param name="date">The first day it applies (the table replaces the previous one whole).</param>
    /// <param name="table">The values by key, of the parameter's type.</param>
    /// <param name="reference">Where it was published, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public ParameterBuilder From(SolarHijriDate date, IEnumerable<KeyValuePair<string, FactValue>> table, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Add(date, PolicyJsonValues.Table(table.Select(p => KeyValuePair.Create(p.Key, PolicyJsonValues.Of(p.Value)))), reference);
    }

    /// <summary>Ends the parameter: from <paramref name="date"/> on it has no value (rules using it become incomplete).</summary>
    /// <param name="date">The first day without a value.</param>
    /// <param name="reference">Where the end was published, or null.</param>
    /// <returns>This builder.</returns>
    public ParameterBuilder EndsOn(SolarHijriDate date, string? reference = null) => Add(date, PolicyJsonValues.Null, reference);

    private ParameterBuilder Add(SolarHijriDate date, JsonElement value, string? reference)
    {
        (Dto.Values ??= []).Add(new ValueDto { From = date.ToString(), Value = value, Reference = reference });
        return this;
    }
}
