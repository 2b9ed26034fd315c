namespace Hartline.Jurisdictions;

/// <summary>
/// The jurisdiction's clock: workers type and read times in its local time, the database keeps UTC, and
/// "today" is the jurisdiction's calendar day (at 22:00 in Hartford it is already tomorrow in UTC).
/// </summary>
public sealed partial record Jurisdiction
{
    /// <summary>
    /// A typed time in UTC. A time without a zone (a form field) is the jurisdiction's local time; an API
    /// time that carries its zone (Z or an offset) is taken as it says.
    /// </summary>
    public DateTime ToUtc(DateTime typed) => typed.Kind switch
    {
        DateTimeKind.Utc => typed,
        DateTimeKind.Local => typed.ToUniversalTime(),
        _ => LocalToUtc(typed),
    };

    /// <summary>A stored UTC instant on the jurisdiction's wall clock.</summary>
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The jurisdiction's calendar day of a UTC instant.</summary>
    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The zone the pages' times are in, named for people: "Connecticut time (America/New_York)".</summary>
    public string ZoneLabel => $"{Name} time ({TimeZone})";

    /// <summary>Today on the jurisdiction's calendar.</summary>
    public DateOnly Today(TimeProvider clock) => LocalDate(clock.GetUtcNow().UtcDateTime);

    private DateTime LocalToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A time skipped by the spring clock change does not exist; read it as the hour after.
        if (Zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        // A time in the hour repeated in autumn is read as its first occurrence (daylight time): a worker
        // entering it soon after is then never told it lies in the future.
        if (Zone.IsAmbiguousTime(unspecified))
            return DateTime.SpecifyKind(unspecified - Zone.GetAmbiguousTimeOffsets(unspecified).Max(), DateTimeKind.Utc);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }
}
