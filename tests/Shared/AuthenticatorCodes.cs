using Hartline.Features.Account.TwoFactor;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Testing;

/// <summary>
/// An authenticator app for tests. The server checks codes against this clock (registered under
/// <see cref="OneTimeCodes.ClockKey"/>), and each code asked for moves it on by one 30-second step: every sign-in gets a
/// fresh code, as a person signing in twice a minute apart would, without the tests waiting out the real clock. The
/// rest of the app keeps the real time.
/// </summary>
public sealed class AuthenticatorCodes
{
    public StepClock Clock { get; } = new();

    /// <summary>Makes the server check codes against <see cref="Clock"/>.</summary>
    public void Register(IServiceCollection services) => services.AddKeyedSingleton<TimeProvider>(OneTimeCodes.ClockKey, Clock);

    /// <summary>A code no sign-in has used yet: the clock moves on a step, and the code is the one for that step.</summary>
    public string Next(string key)
    {
        Clock.Advance();
        return Now(key);
    }

    /// <summary>The code of the step the clock is in now (used already if <see cref="Next"/> gave it).</summary>
    public string Now(string key) => OneTimeCodes.CodeAt(key, Clock.GetUtcNow().UtcDateTime);

    /// <summary>The system's time, plus the steps taken.</summary>
    public sealed class StepClock : TimeProvider
    {
        private long _steps;

        public void Advance() => Interlocked.Increment(ref _steps);

        public override DateTimeOffset GetUtcNow() =>
            System.GetUtcNow().AddSeconds(Interlocked.Read(ref _steps) * OneTimeCodes.StepSeconds);
    }
}
