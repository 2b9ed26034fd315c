using Hartline.Features.Admin;

namespace Hartline.Tests.Audit;

/// <summary>How the audit page shows an event's details to an administrator.</summary>
public sealed class AuditDetailsTests
{
    [Fact]
    public void A_change_reads_before_and_after_a_creation_its_values_and_anything_else_name_and_value()
    {
        Assert.Equal(["Status: Open → Closed", "ClosedOn: — → 2026-03-31"],
            AuditDetails.Lines("""{"Status":{"before":"Open","after":"Closed"},"ClosedOn":{"before":null,"after":"2026-03-31"}}"""));
        Assert.Equal(["GivenName: Ana", "Referrals: 2"], AuditDetails.Lines("""{"GivenName":{"after":"Ana"},"Referrals":{"after":2}}"""));
        Assert.Equal(["operation: GET", "format: pdf", "agendaItems: 3"], AuditDetails.Lines("""{"operation":"GET","format":"pdf","agendaItems":3}"""));
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
}
