using Hartline.Features.Intake.Determination;
using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;
using Hartline.Jurisdictions;

namespace Hartline.Features.Reports.Statistics.Referrals;

/// <summary>
/// The referrals received in a period as one population: by source, by the exploitation suspected, the intake funnel
/// and the clocks. The funnel's stages are parts of the referrals received; what lies between them (received but not
/// screened, screened but not positive…) is never printed but a reader can subtract, so those remainders are in the
/// table set too, and a small one is protected like any small count.
/// </summary>
public static class ReferralTables
{
    public static Population Build(IReadOnlyList<ReferralRecord> referrals, Jurisdiction j)
    {
        var population = new Population("referrals", "Referrals received");
        population.AddDimension(new StatDimension<ReferralRecord>("referral_source", "Referrals by source", "Source", RelationKind.Sum,
            j.ReferralSources, r => [r.Source]), referrals, "Referrals");
        population.AddDimension(new StatDimension<ReferralRecord>("exploitation_suspected", "Referrals by the exploitation suspected",
            "Exploitation suspected", RelationKind.Sum,
            Enum.GetValues<ExploitationType>().Select(t => new Category(StatCodes.Of(t), DisplayNames.Of(t))).ToList(),
            r => [StatCodes.Of(r.ExploitationSuspected)]), referrals, "Referrals");
        AddFunnel(population, referrals);
        AddClocks(population, referrals);
        population.Notes.Add(new("How referrals are counted", ReferralFacts.CountingRule));
        return population;
    }

    private static void AddFunnel(Population population, IReadOnlyList<ReferralRecord> referrals)
    {
        var set = population.Set;
        var total = population.Total;
        int Count(Func<ReferralRecord, bool> test) => referrals.Count(test);
        // A stage and the remainder beside it make up the stage above: total = screened + not screened, and so on.
        void Split(string whole, string part, int count, string remainder)
        {
            set.Cell(part, count);
            set.Unpublished(remainder, set.Cells[whole] - count);
            set.Relate(whole, [part, remainder], RelationKind.Sum);
        }
        Split(total, "screened", Count(r => r.Screened), "not-screened");
        Split("screened", "screen-positive", Count(r => r.AtScreenPositive), "screen-negative");
        Split(total, "determined", Count(r => r.Determined), "not-determined");
        var statuses = Enum.GetValues<TraffickingStatus>();
        foreach (var s in statuses) set.Cell($"status={StatCodes.Of(s)}", Count(r => r.DeterminedAs == s));
        set.Unpublished("status-other", Count(r => r.Determined && r.Latest is null));
        set.Relate("determined", statuses.Select(s => $"status={StatCodes.Of(s)}").Append("status-other"), RelationKind.Sum);
        Split(total, "linked", Count(r => r.Linked), "not-linked");

        (string Code, string Label, string Cell)[] stages =
        [
            ("received", "Received", total), ("screened", "Screened", "screened"), ("screen-positive", "Screen-positive", "screen-positive"),
            ("determined", "Determined", "determined"),
            .. statuses.Select(s => (StatCodes.Of(s), DisplayNames.Of(s), $"status={StatCodes.Of(s)}")),
            ("linked", "Linked to a case", "linked"),
        ];
        population.Tables.Add(new StatTable("intake_funnel", "Intake funnel", "Stage",
            [new ReportColumn("count", "Referrals"), new ReportColumn("share", "Share of received", CellFormat.Percent)],
            stages.Select(s => new StatRow(s.Code, s.Label, [new CountFigure(s.Cell), new RateFigure(s.Cell, total)])).ToList(),
            ChartKind.Funnel, "Each stage counts the referrals that reached it; the share is of all referrals received."));
    }

    private static void AddClocks(Population population, IReadOnlyList<ReferralRecord> referrals)
    {
        var set = population.Set;
        var toMdt = referrals.Where(r => r.DaysToFirstMdt is not null).ToList();
        set.Cell("mdt", toMdt.Count).Unpublished("no-mdt", referrals.Count - toMdt.Count).Relate(population.Total, ["mdt", "no-mdt"], RelationKind.Sum);
        StatRow Clock(string code, string label, string basis, IEnumerable<double> values)
        {
            var list = values.ToList();
            return new StatRow(code, label, [new CountFigure(basis), new ValueFigure(Percentile.Of(list, 0.5), basis), new ValueFigure(Percentile.Of(list, 0.9), basis)]);
        }
        population.Tables.Add(new StatTable("clocks", "How long intake takes", "From receipt to",
            [new ReportColumn("timed", "Referrals timed"), new ReportColumn("median", "Median", CellFormat.Hours), new ReportColumn("p90", "90th percentile", CellFormat.Hours)],
            [
                Clock("screening", "First screening (hours)", "screened", referrals.Select(r => r.HoursToScreening).OfType<double>()),
                Clock("determination", "First determination (hours)", "determined", referrals.Select(r => r.HoursToDetermination).OfType<double>()),
                Clock("first_mdt", "First MDT meeting (days)", "mdt", toMdt.Select(r => r.DaysToFirstMdt!.Value)),
            ],
            ChartKind.None, "Nine in ten referrals took no longer than the 90th percentile."));
    }
}
