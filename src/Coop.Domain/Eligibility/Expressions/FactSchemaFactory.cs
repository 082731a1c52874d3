namespace Coop.Domain.Eligibility.Expressions;

/// <summary>Creates <see cref="FactSchema{TRoot}"/> instances.</summary>
public static class FactSchema
{
    /// <summary>Builds the root record type and the schema in one go.</summary>
    /// <param name="name">The root record type's name for messages.</param>
    /// <param name="fields">Registers the root fields.</param>
    /// <typeparam name="TRoot">The C# class that carries one evaluation's facts.</typeparam>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, or a field is invalid (see <see cref="RecordTypeBuilder{T}"/>).</exception>
    public static FactSchema<TRoot> Create<TRoot>(string name, Action<RecordTypeBuilder<TRoot>> fields)
        where TRoot : class
    {
        ArgumentNullException.ThrowIfNull(fields);
        var builder = new RecordTypeBuilder<TRoot>(name);
        fields(builder);
        return new FactSchema<TRoot>(builder.Build());
    }
}
