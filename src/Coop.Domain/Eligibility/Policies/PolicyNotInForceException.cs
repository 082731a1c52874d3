using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>No version of a policy is in force on the requested as-of date; the engine never falls back to another version.</summary>
public sealed class PolicyNotInForceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="policyId">The policy.</param>
    /// <param name="asOf">The date no version covers.</param>
    /// <param name="message">A message listing the versions' ranges.</param>
    public PolicyNotInForceException(string policyId, SolarHijriDate asOf, string message)
        : base(message)
    {
        PolicyId = policyId;
        AsOf = asOf;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public PolicyNotInForceException(string message)
        : this(string.Empty, default, message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyNotInForceException(string message, Exception innerException)
        : base(message, innerException)
    {
        PolicyId = string.Empty;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public PolicyNotInForceException()
        : this("No version of the policy is in force on that date.")
    {
    }

    /// <summary>The policy id.</summary>
    public string PolicyId { get; }

    /// <summary>The date no version covers.</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>
    /// The versions of the policy and their ranges, when the exception came from <see cref="PolicySet{TRoot}.Select"/>: the version,
    /// its first day and its last (null when open-ended), by first day; empty when a host made the exception.
    /// </summary>
    public IReadOnlyList<(int Version, SolarHijriDate From, SolarHijriDate? To)> Versions { get; private init; } = [];

    /// <summary>
    /// What is wrong, in Persian: the policy id isolated, the date and the versions' ranges in Persian digits. For an exception a
    /// host made (no <see cref="Versions"/>), the English <see cref="Exception.Message"/> isolated left-to-right.
    /// </summary>
    public string MessageFa => Versions.Count == 0
        ? PolicyErrorText.L(Message)
        : _oneVersion
        ? $"نسخهٔ {PolicyErrorText.N(Versions[0].Version.ToString(System.Globalization.CultureInfo.InvariantCulture))} سیاست {PolicyErrorText.L(PolicyId)} از {PolicyErrorText.N(Versions[0].From.ToString())} تا " +
          (Versions[0].To is { } end ? PolicyErrorText.N(end.ToString()) : "پایانِ باز") + $" نافذ است، نه در {PolicyErrorText.N(AsOf.ToString())}"
        : NoVersionFa(PolicyId, AsOf.ToString(), Versions.Select(v => (v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), v.From.ToString(), v.To?.ToString())));

    private bool _oneVersion;

    /// <summary>
    /// "No version of the policy is in force on …", in Persian: the id isolated, the date and each version's number and range
    /// (<c>1404/01/01</c> strings; a null last day is an open end) in Persian digits. Also the sentence of a scenario's
    /// <see cref="Scenarios.ScenarioErrorCode.PolicyNotInForce"/>.
    /// </summary>
    internal static string NoVersionFa(string policyId, string asOf, IEnumerable<(string Version, string From, string? To)> versions) =>
        $"هیچ نسخه‌ای از سیاست {PolicyErrorText.L(policyId)} در {PolicyErrorText.N(asOf)} نافذ نیست (نسخه‌ها: " +
        string.Join("؛ ", versions.Select(v =>
            $"نسخهٔ {PolicyErrorText.N(v.Version)} از {PolicyErrorText.N(v.From)} تا " + (v.To is { Length: > 0 } to ? PolicyErrorText.N(to) : "پایانِ باز"))) + ")";

    /// <summary>The exception a compiled version throws for a date outside its range.</summary>
    internal static PolicyNotInForceException For(Policy version, SolarHijriDate asOf) =>
        new(version.Id, asOf, $"The policy '{version.Id}' version {version.Version} is in force from {version.EffectiveFrom} to {version.EffectiveTo?.ToString() ?? "open end"}, not on {asOf}.")
        {
            Versions = [(version.Version, version.EffectiveFrom, version.EffectiveTo)],
            _oneVersion = true,
        };

    /// <summary>The exception <see cref="PolicySet{TRoot}.Select"/> throws, with the versions' ranges.</summary>
    internal static PolicyNotInForceException For(string policyId, SolarHijriDate asOf, IEnumerable<Policy> versions)
    {
        (int Version, SolarHijriDate From, SolarHijriDate? To)[] list = [.. versions.Select(v => (v.Version, v.EffectiveFrom, v.EffectiveTo))];
        string ranges = string.Join("; ", list.Select(v => "v" + v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + v.From + "–" + (v.To?.ToString() ?? "open end")));
        return new PolicyNotInForceException(policyId, asOf, $"No version of the policy '{policyId}' is in force on {asOf} (versions: {ranges}).") { Versions = list };
    }
}
