namespace Coop.Domain.Model;

/// <summary>Collects violations while a model is checked, so that all are reported together.</summary>
internal sealed class ViolationList
{
    private readonly List<ModelViolation> _items = [];

    internal int Count => _items.Count;

    internal IReadOnlyList<ModelViolation> Items => _items;

    internal void Add(string path, string message) => _items.Add(new ModelViolation(path, message));

    internal void AddRange(IEnumerable<ModelViolation> violations, string prefix)
    {
        foreach (ModelViolation v in violations)
        {
            _items.Add(new ModelViolation(prefix + v.Path, v.Message));
        }
    }

    internal void ThrowIfAny()
    {
        if (_items.Count > 0)
        {
            throw new ModelValidationException(_items);
        }
    }
}
