using NodaTime;

namespace Coop.Domain.Calendar;

/// <summary>
/// A NodaTime <see cref="IClock"/> that reads .NET's <see cref="TimeProvider"/>, so every API of the library that asks
/// for a clock also takes the host's time provider (a <c>FakeTimeProvider</c> in tests). Thread-safe when the provider is.
/// </summary>
public sealed class TimeProviderClock : IClock
{
    /// <summary>Creates the clock.</summary>
    /// <param name="timeProvider">The time provider, e.g. <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public TimeProviderClock(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        TimeProvider = timeProvider;
    }

    /// <summary>The time provider read.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The provider's current UTC time as an <see cref="Instant"/>.</summary>
    /// <returns>The current instant.</returns>
    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(TimeProvider.GetUtcNow());
}
