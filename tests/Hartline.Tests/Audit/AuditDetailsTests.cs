using Hartline.Features.Admin;
using Hartline.Security.Audit;

namespace Hartline.Tests.Audit;

/// <summary>How the audit page shows an event's details to an administrator: in words, never a code.</summary>
public sealed class AuditDetailsTests
{
    [Fact]
    public void A_change_reads_before_and_after_a_creation_its_values_and_anything_else_name_and_value()
    {
        Assert.Equal(["Status: Follow up → Closed", "Closed on: — → 2026-03-31"],
            AuditDetails.Lines("""{"Status":{"before":"FollowUp","after":"Closed"},"ClosedOn":{"before":null,"after":"2026-03-31"}}"""));
        Assert.Equal(["Given name: (3 characters)", "Referrals: 2", "Purposes: Law enforcement, Mdt", "Urgent: yes"],
            AuditDetails.Lines("""{"GivenName":{"after":"(3 characters)"},"Referrals":{"after":2},"Purposes":{"after":["LawEnforcement","Mdt"]},"Urgent":{"after":true}}"""));
        Assert.Equal(["Operation: GET", "Format: pdf", "Agenda items: 3"], AuditDetails.Lines("""{"operation":"GET","format":"pdf","agendaItems":3}"""));
    }

    [Fact]
    public void A_hidden_value_reads_changed_added_or_removed()
    {
        Assert.Equal(["Family name: changed", "Location: added", "Note: removed"], AuditDetails.Lines(
            """{"FamilyName":{"before":"(not shown)","after":"(not shown)"},"Location":{"before":null,"after":"(not shown)"},"Note":{"before":"(not shown)","after":null}}"""));
    }

    [Fact]
    public void Times_in_details_are_stored_in_utc_and_shown_on_the_jurisdictions_clock()
    {
        var connecticut = Jurisdictions.Jurisdiction.Load("connecticut");
        Assert.Equal(["Screened at: 2026-07-01 10:30"], AuditDetails.Lines("""{"ScreenedAt":{"after":"2026-07-01T14:30:00"}}""", connecticut.ToLocal));
    }

    [Fact]
    public void Long_values_are_clipped_and_text_that_is_not_json_is_shown_as_it_is()
    {
        var line = Assert.Single(AuditDetails.Lines("{\"Note\":{\"after\":\"" + new string('x', 500) + "\"}}"));
        Assert.EndsWith("…", line);
        Assert.True(line.Length < 200);
        Assert.Equal(["not json {"], AuditDetails.Lines("not json {"));
        Assert.Empty(AuditDetails.Lines(null));
    }

    [Fact]
    public void Actions_and_kinds_of_record_have_words_and_an_unknown_code_is_split_into_words()
    {
        Assert.Equal("Viewed", AuditNames.Action("Read"));
        Assert.Equal("Refused", AuditNames.Action(AuditAction.Denied));
        Assert.All(Enum.GetValues<AuditAction>(), a => Assert.NotEqual(a.ToString(), AuditNames.Action(a)));
        Assert.Equal("Care-team member", AuditNames.Record("CareTeamAssignment"));
        Assert.Equal("Something new here", AuditNames.Record("SomethingNewHere"));
        Assert.Equal("MDT session", Hartline.Features.DisplayNames.Spelled("MDTSession"));
        Assert.Equal("/Cases/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", AuditNames.PageOf("Case", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
        Assert.Null(AuditNames.PageOf("Case", "not an id"));
        Assert.Null(AuditNames.PageOf("Person", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")); // no page of its own
    }
}
