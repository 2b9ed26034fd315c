using Hartline.Data;
using Hartline.Features.Reports;
using Hartline.Features.Reports.Statistics;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Legal;

/// <summary>One row: its code for machines (lower-case words, "affirmative-defense"), its words, its count.</summary>
public sealed record LegalFigureRow(string Code, string Label, int Count);

public sealed record LegalFigureTable(string Key, string Title, IReadOnlyList<LegalFigureRow> Rows)
{
    public int Total => Rows.Sum(r => r.Count);
}

/// <summary>The figures of a period; <paramref name="Quarter"/> names it (a quarter such as 2019Q3 when asked for by quarter).</summary>
public sealed record LegalFiguresResult(string Quarter, DateOnly From, DateOnly To, string Jurisdiction,
    IReadOnlyList<LegalFigureTable> Tables, string CountingRule);

/// <summary>
/// Protections, arrests, charges and dispositions in a period, for the cases the actor may count
/// (<see cref="ScopePurpose.Statistics"/>: Analysts included). Only counts leave: no names, no dates of birth
/// (they are read to class charges by the child's age, then dropped).
/// </summary>
public sealed partial class LegalFigures(HartlineDb db, Jurisdiction j)
{
    public const string CountingRule =
        "Counted by the date each thing happened, in cases visible to you: protections by the date they were raised, " +
        "requested or applied for; outcomes by the date decided; arrests by the arrest date; charges by the date charged " +
        "(classed by the child's age on the offense date, or shown as not computable); dispositions by their date. " +
        "A charge with several dispositions counts once per disposition in the period.";

    public Task<LegalFiguresResult> ComputeAsync(Quarter quarter, Actor actor, CancellationToken ct = default) =>
        ComputeAsync(quarter.ToString(), quarter.From, quarter.To, actor, ct);

    /// <summary>The figures of the days <paramref name="from"/> to <paramref name="to"/> (both included), named <paramref name="period"/>.</summary>
    public async Task<LegalFiguresResult> ComputeAsync(string period, DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        var cases = RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics);
        IQueryable<T> Visible<T>(System.Linq.Expressions.Expression<Func<T, Guid>> caseId) where T : class =>
            RecordScope.OfCases(db.Set<T>(), caseId, db.Cases, actor, ScopePurpose.Statistics);

        var opened = await Visible<LegalProtection>(p => p.CaseId).Where(p => p.OpenedOn >= from && p.OpenedOn <= to)
            .GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var decided = await db.Set<LegalProtectionStep>()
            .Where(s => s.On >= from && s.On <= to)
            .Join(Visible<LegalProtection>(p => p.CaseId), s => s.ProtectionId, p => p.Id, (s, p) => new { p.Kind, s.Step })
            .GroupBy(x => new { x.Kind, x.Step }).Select(g => new { g.Key.Kind, g.Key.Step, Count = g.Count() }).ToListAsync(ct);
        var arrests = await Visible<Arrest>(a => a.CaseId).Where(a => a.ArrestedOn >= from && a.ArrestedOn <= to)
            .Join(db.Set<Offender>(), a => a.OffenderId, o => o.Id, (a, o) => o.Role)
            .GroupBy(r => r).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var charges = await db.Set<Charge>().Where(c => c.ChargedOn >= from && c.ChargedOn <= to)
            .Join(cases, ch => ch.CaseId, c => c.Id, (ch, c) => new { ch.OffenseCode, ch.OffenseDate, c.Person!.DateOfBirth })
            .ToListAsync(ct);
        var dispositions = await db.Set<ChargeDisposition>().Where(d => d.On >= from && d.On <= to)
            .Join(Visible<Charge>(c => c.CaseId), d => d.ChargeId, c => c.Id, (d, c) => d.Outcome)
            .GroupBy(o => o).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var name = (ProtectionKind k) => j.Justice.Protection(k)?.Name ?? k.ToString();
        var tables = new List<LegalFigureTable>
        {
            new("protections", "Protections sought",
                opened.OrderBy(x => x.Key).Select(x => new LegalFigureRow(StatCodes.Of(x.Key), name(x.Key), x.Count)).ToList()),
            new("outcomes", "Protection outcomes",
                decided.Where(x => ProtectionWorkflow.IsOutcome(x.Step)).OrderBy(x => x.Kind).ThenBy(x => x.Step)
                    .Select(x => new LegalFigureRow($"{StatCodes.Of(x.Kind)}/{StatCodes.Of(x.Step)}",
                        $"{name(x.Kind)}: {ProtectionWorkflow.Label(x.Step).ToLowerInvariant()}", x.Count)).ToList()),
            new("arrests", "Arrests by offender role",
                arrests.OrderBy(x => x.Key).Select(x => new LegalFigureRow(StatCodes.Of(x.Key), LegalLabels.Of(x.Key), x.Count)).ToList()),
            new("charges", "Charges by offense and class",
                charges.Select(c => ChargeRow(c.OffenseCode, c.DateOfBirth, c.OffenseDate)).GroupBy(r => r.Code).OrderBy(g => g.First().Label, StringComparer.Ordinal)
                    .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => new LegalFigureRow(g.Key, g.First().Label, g.Count())).ToList()),
            new("dispositions", "Dispositions",
                dispositions.OrderBy(x => x.Key).Select(x => new LegalFigureRow(StatCodes.Of(x.Key), LegalLabels.Of(x.Key), x.Count)).ToList()),
        };
        return new LegalFiguresResult(period, from, to, j.Name, tables, CountingRule);
    }

    /// <summary>A charge's row: the offense and its class, coded "53a-83b/class-a-felony" (the file's offense code, the class in words).</summary>
    private (string Code, string Label) ChargeRow(string code, DateOnly? born, DateOnly? committed)
    {
        if (j.Justice.Offense(code) is not { } rule) return ($"{code}/not-on-the-list", $"{code} (no longer on the list)");
        var result = FelonyClassRule.For(rule, born, committed);
        var klass = result.Status switch
        {
            ClassStatus.Computed or ClassStatus.Fixed => result.Class ?? "no class given",
            ClassStatus.NotClassified => "no class given",
            ClassStatus.DoesNotApply => "does not apply (adult)",
            _ => "class not computable",
        };
        return ($"{code}/{Words().Replace(klass.ToLowerInvariant(), "-").Trim('-')}", $"{rule.Name}: {klass}");
    }

    [System.Text.RegularExpressions.GeneratedRegex("[^a-z0-9]+")]
    private static partial System.Text.RegularExpressions.Regex Words();
}
