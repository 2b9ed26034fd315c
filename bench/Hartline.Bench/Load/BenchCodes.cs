using Hartline.Features.Account.TwoFactor;

namespace Hartline.Bench.Load;

/// <summary>
/// The bench's authenticator app: the load user has two-factor sign-in on (as every role that opens case files must),
/// and each code is taken once, so a second sign-in within 30 seconds uses the next step's code (the server accepts one
/// step ahead), and a third waits for the clock.
/// </summary>
internal static class BenchCodes
{
    private static readonly Dictionary<string, long> LastStep = [];

    public static async Task<string> NextAsync(string key)
    {
        long step;
        lock (LastStep)
        {
            var now = Step(DateTime.UtcNow);
            step = Math.Max(now, LastStep.GetValueOrDefault(key, long.MinValue) + 1);
            LastStep[key] = step;
        }
        while (step > Step(DateTime.UtcNow) + 1) await Task.Delay(TimeSpan.FromSeconds(1));
        return OneTimeCodes.CodeAt(key, DateTime.UnixEpoch.AddSeconds(step * OneTimeCodes.StepSeconds));
    }

    private static long Step(DateTime utc) => (long)(utc - DateTime.UnixEpoch).TotalSeconds / OneTimeCodes.StepSeconds;
}
