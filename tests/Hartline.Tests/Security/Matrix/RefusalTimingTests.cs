using System.Diagnostics;
using Hartline.Security;
using Hartline.Tests.Support;
using Xunit.Abstractions;

namespace Hartline.Tests.Security.Matrix;

/// <summary>
/// A refused record takes as long to answer as a missing one: whoever guesses ids cannot tell by the clock that a case
/// exists. Both are read, checked and audited the same way; the test takes the two in turns, many times, and compares
/// their medians with a margin for a busy machine (tests run side by side) — a refusal that did more work (an audit write
/// the missing answer skipped) showed as a steady difference of 6 ms and more.
/// </summary>
public sealed class RefusalTimingTests(HartlineApp app, ITestOutputHelper output) : IClassFixture<HartlineApp>
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HartlineApp, Task<MatrixWorld>> Worlds = new();

    [Theory]
    [InlineData("/api/v1/cases/{0}")]
    [InlineData("/Cases/{0}")]
    [InlineData("/api/v1/referrals/{0}")]
    public async Task A_refused_record_answers_in_the_time_a_missing_one_does(string url)
    {
        var world = await Worlds.GetValue(app, a => MatrixWorld.BuildAsync(a));
        var outsider = world.Users[Roles.LawEnforcement]; // sees only what was shared with its agency
        var kind = url.Contains("referrals") ? RecordKind.Referral : RecordKind.Case;
        var other = world.Id(kind, Relation.Other);
        var missing = world.Id(kind, Relation.Missing);
        var route = new Route("GET", url.Replace("{0}", "{id:guid}"), url.StartsWith("/api") ? null : "", IsPage: !url.StartsWith("/api"));

        async Task<double> TimeAsync(Guid id)
        {
            var clock = Stopwatch.StartNew();
            var answer = await outsider.SendAsync(route, id);
            Assert.Equal(404, answer.Status);
            return clock.Elapsed.TotalMilliseconds;
        }
        for (var i = 0; i < 20; i++) { await TimeAsync(other); await TimeAsync(missing); } // warm both paths
        var (refused, absent) = (new List<double>(), new List<double>());
        for (var i = 0; i < 150; i++)
        {
            // Alternating which goes first, so a pause of the machine falls on both alike.
            if (i % 2 == 0) { refused.Add(await TimeAsync(other)); absent.Add(await TimeAsync(missing)); }
            else { absent.Add(await TimeAsync(missing)); refused.Add(await TimeAsync(other)); }
        }
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        var (r, m) = (Median(refused), Median(absent));
        output.WriteLine($"{url}: refused median {r:F2} ms, missing median {m:F2} ms");
        // Before a made-up id was audited like a refused one, a refusal took 4 to 12 times as long (6 to 13 ms more).
        Assert.True(Math.Abs(r - m) <= Math.Max(1.5, 0.35 * m), $"{url}: a refusal takes {r:F2} ms, a missing record {m:F2} ms");
    }
}
