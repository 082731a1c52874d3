using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Providers;

/// <summary>
/// Several providers seen as one. An id's versions from every provider form one policy set; when two providers give the
/// same id <b>and</b> version, the provider listed first wins (so an application's own file can replace a shipped
/// version). When all of an id's versions come from one provider, that provider's cached set is returned; otherwise the
/// merged versions are compiled once against <c>schema</c> and cached. When a provider that can change
/// (<see cref="IPolicyChangeNotifier"/>, e.g. <see cref="WatchingFilePolicyProvider"/>) reloads, the merged view is
/// rebuilt and swapped in atomically, and its events are raised again by this provider.
/// </summary>
public sealed class CompositePolicyProvider : IPolicyProvider, IPolicyChangeNotifier, IDisposable
{
    private readonly IPolicyProvider[] _providers;
    private readonly IDisposable[] _owned;
    private readonly FactSchema<EligibilityFacts> _schema;
    private readonly Lock _rebuildGate = new();
    private State _state;

    /// <summary>Combines providers, first-listed first.</summary>
    /// <param name="providers">The providers.</param>
    /// <param name="schema">The fact schema for sets merged from several providers; <see cref="CoopFactSchema.Instance"/> when null.
    /// Give the providers the same schema.</param>
    /// <exception cref="ArgumentNullException"><paramref name="providers"/> or an item is null.</exception>
    public CompositePolicyProvider(IEnumerable<IPolicyProvider> providers, FactSchema<EligibilityFacts>? schema = null)
        : this(providers, schema, [])
    {
    }

    /// <summary>Combines providers; <paramref name="owned"/> are disposed with this one (those it was made from by
    /// <c>CoopDomainOptions.CreatePolicyProvider</c>).</summary>
    internal CompositePolicyProvider(IEnumerable<IPolicyProvider> providers, FactSchema<EligibilityFacts>? schema, IEnumerable<IDisposable> owned)
    {
        ArgumentNullException.ThrowIfNull(providers);
        _providers = [.. providers];
        foreach (IPolicyProvider p in _providers)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(providers));
        }

        _owned = [.. owned];
        _schema = schema ?? CoopFactSchema.Instance;
        _state = Build();
        foreach (IPolicyChangeNotifier notifier in _providers.OfType<IPolicyChangeNotifier>())
        {
            notifier.PolicyReloaded += OnReloaded;
            notifier.PolicyReloadFailed += OnReloadFailed;
        }
    }

    /// <inheritdoc/>
    public event EventHandler<PolicyReloadedEventArgs>? PolicyReloaded;

    /// <inheritdoc/>
    public event EventHandler<PolicyReloadFailedEventArgs>? PolicyReloadFailed;

    /// <summary>The providers, first-listed first.</summary>
    public IReadOnlyList<IPolicyProvider> Providers => _providers;

    /// <inheritdoc/>
    public IReadOnlyList<string> PolicyIds => Volatile.Read(ref _state).PolicyIds;

    /// <inheritdoc/>
    public bool Contains(string policyId) => policyId is not null && Volatile.Read(ref _state).Entries.ContainsKey(policyId);

    /// <inheritdoc/>
    public IReadOnlyList<Policy> GetVersions(string policyId) => Entry(policyId).Versions;

    /// <inheritdoc/>
    public PolicySet<EligibilityFacts> GetPolicySet(string policyId) => Entry(policyId).Set.Value;

    /// <summary>Disposes the providers this one created itself (the watched policy folders of <c>CoopDomainOptions</c>);
    /// providers given to the public constructor are the caller's to dispose.</summary>
    public void Dispose()
    {
        foreach (IDisposable owned in _owned)
        {
            owned.Dispose();
        }
    }

    private (IReadOnlyList<Policy> Versions, Lazy<PolicySet<EligibilityFacts>> Set) Entry(string policyId)
    {
        State state = Volatile.Read(ref _state);
        return policyId is not null && state.Entries.TryGetValue(policyId, out var entry) ? entry.Value : throw new UnknownPolicyException(policyId ?? "(null)", state.PolicyIds);
    }

    private State Build()
    {
        string[] ids = [.. _providers.SelectMany(p => p.PolicyIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return new State(ids, ids.ToDictionary(
            id => id,
            id => new Lazy<(IReadOnlyList<Policy>, Lazy<PolicySet<EligibilityFacts>>)>(() => Merge(id, _schema), LazyThreadSafetyMode.ExecutionAndPublication),
            StringComparer.Ordinal));
    }

    private void OnReloaded(object? sender, PolicyReloadedEventArgs e)
    {
        State state;
        lock (_rebuildGate)
        {
            state = Build();
            Volatile.Write(ref _state, state);
        }

        PolicyReloaded?.Invoke(this, new PolicyReloadedEventArgs(e.Generation, state.PolicyIds, e.Files));
    }

    private void OnReloadFailed(object? sender, PolicyReloadFailedEventArgs e) => PolicyReloadFailed?.Invoke(this, e);

    private sealed record State(
        IReadOnlyList<string> PolicyIds,
        Dictionary<string, Lazy<(IReadOnlyList<Policy> Versions, Lazy<PolicySet<EligibilityFacts>> Set)>> Entries);

    private (IReadOnlyList<Policy>, Lazy<PolicySet<EligibilityFacts>>) Merge(string id, FactSchema<EligibilityFacts> schema)
    {
        var versions = new List<Policy>();
        var contributors = new List<IPolicyProvider>();
        // A watched provider's snapshot, taken once, so that one merge never mixes two versions of its files.
        foreach (IPolicyProvider provider in _providers.Select(p => p is WatchingFilePolicyProvider watching ? watching.Current : p))
        {
            if (!provider.Contains(id))
            {
                continue;
            }

            bool contributed = false;
            foreach (Policy policy in provider.GetVersions(id))
            {
                if (!versions.Exists(v => v.Version == policy.Version))
                {
                    versions.Add(policy);
                    contributed = true;
                }
            }

            if (contributed)
            {
                contributors.Add(provider);
            }
        }

        Policy[] sorted = [.. versions.OrderBy(v => v.Version)];
        IPolicyProvider? only = contributors.Count == 1 && contributors[0].GetVersions(id).Count == sorted.Length ? contributors[0] : null;
        return (sorted, new Lazy<PolicySet<EligibilityFacts>>(
            () => only is not null ? only.GetPolicySet(id) : PolicyCatalog.Compile(sorted, schema),
            LazyThreadSafetyMode.ExecutionAndPublication));
    }
}
