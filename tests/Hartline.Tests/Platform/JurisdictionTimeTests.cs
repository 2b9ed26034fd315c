using Hartline.Jurisdictions;

namespace Hartline.Tests.Platform;

/// <summary>The jurisdiction's clock: typed times are local unless they carry a zone; days are the jurisdiction's days.</summary>
public sealed class JurisdictionTimeTests
{
    private static readonly Jurisdiction Connecticut = Jurisdiction.Load("connecticut");

    [Fact]
    public void A_time_in_the_repeated_autumn_hour_is_its_first_daylight_occurrence()
    {
        // 1 November 2026: clocks in Connecticut go back at 02:00 EDT; 01:30 happens twice.
        Assert.Equal(new DateTime(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc), Connecticut.ToUtc(new DateTime(2026, 11, 1, 1, 30, 0)));
        // 8 March 2026: 02:30 never happens; it is read as 03:30 EDT.
        Assert.Equal(new DateTime(2026, 3, 8, 7, 30, 0, DateTimeKind.Utc), Connecticut.ToUtc(new DateTime(2026, 3, 8, 2, 30, 0)));
        Assert.Equal(new DateTime(2026, 1, 15, 15, 0, 0, DateTimeKind.Utc), Connecticut.ToUtc(new DateTime(2026, 1, 15, 10, 0, 0)));
    }

    [Fact]
    public void A_time_that_carries_its_zone_is_taken_as_it_says()
    {
        var utc = new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(utc, Connecticut.ToUtc(utc));
        // An API time with an offset arrives as the machine's local time; it still means the same instant.
        var withOffset = DateTimeOffset.Parse("2026-07-01T08:00:00-04:00").LocalDateTime;
        Assert.Equal(utc, Connecticut.ToUtc(withOffset));
        Assert.Equal(new DateTime(2026, 7, 1, 8, 0, 0), Connecticut.ToLocal(utc));
    }

    [Fact]
    public void At_ten_in_the_evening_in_Hartford_it_is_still_today_though_UTC_is_tomorrow()
    {
        var evening = new DateTime(2026, 3, 31, 22, 0, 0);
        var utc = Connecticut.ToUtc(evening);
        Assert.Equal(new DateOnly(2026, 4, 1), DateOnly.FromDateTime(utc));
        Assert.Equal(new DateOnly(2026, 3, 31), Connecticut.LocalDate(utc));
        Assert.Equal(new DateOnly(2026, 3, 31), Connecticut.Today(new StoppedAt(utc)));
    }

    private sealed class StoppedAt(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}
