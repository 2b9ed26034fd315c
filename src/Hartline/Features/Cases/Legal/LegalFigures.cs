using Hartline.Data;
using Hartline.Features.Reports;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Legal;

public sealed record LegalFigureRow(string Label, int Count);

public sealed record LegalFigureTable(string Key, string Title, IReadOnlyList<LegalFigureRow> Rows)
{
    public int Total => Rows.Sum(r => r.Count);
}

public sealed record LegalFiguresResult(string Quarter, DateOnly From, DateOnly To, string Jurisdiction,
    IReadOnlyList<LegalFigureTable> Tables, string CountingRule);

/// <summary>
/// Protections, arrests, charges and dispositions in a quarter, for the cases the actor may count
/// (<see cref="ScopePurpose.Statistics"/>: Analysts included). Only counts leave: no names, no dates of birth
/// (they are read to class charges by the child's age, then dropped).
/// </summary>
public sealed class LegalFigures(HartlineDb db, Jurisdiction j)
{
    public const string CountingRule =
        "Counted by the date each thing happened, in cases visible to you: protections by the date they were raised, " +
        "requested or applied for; outcomes by the date decided; arrests by the arrest date; charges by the date charged " +
        "(classed by the child's age on the offense date, or shown as not computable); dispositions by their date. " +
        "A charge with several dispositions counts once per disposition in its quarter.";

    public async Task<LegalFiguresResult> ComputeAsync(Quarter quarter, Actor actor, CancellationToken ct = default)
    {
        var (from, to) = (quarter.From, quarter.To);
        var cases = RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics);
        var caseIds = cases.Select(c => c.Id);

        var opened = await db.Set<LegalProtection>().Where(p => caseIds.Contains(p.CaseId) && p.OpenedOn >= from && p.OpenedOn <= to)
            .GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var decided = await db.Set<LegalProtectionStep>()
            .Where(s => s.On >= from && s.On <= to)
            .Join(db.Set<LegalProtection>().Where(p => caseIds.Contains(p.CaseId)), s => s.ProtectionId, p => p.Id, (s, p) => new { p.Kind, s.Step })
            .GroupBy(x => new { x.Kind, x.Step }).Select(g => new { g.Key.Kind, g.Key.Step, Count = g.Count() }).ToListAsync(ct);
        var arrests = await db.Set<Arrest>().Where(a => caseIds.Contains(a.CaseId) && a.ArrestedOn >= from && a.ArrestedOn <= to)
            .Join(db.Set<Offender>(), a => a.OffenderId, o => o.Id, (a, o) => o.Role)
            .GroupBy(r => r).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var charges = await db.Set<Charge>().Where(c => c.ChargedOn >= from && c.ChargedOn <= to)
            .Join(cases, ch => ch.CaseId, c => c.Id, (ch, c) => new { ch.OffenseCode, ch.OffenseDate, c.Person!.DateOfBirth })
            .ToListAsync(ct);
        var dispositions = await db.Set<ChargeDisposition>().Where(d => d.On >= from && d.On <= to)
            .Join(db.Set<Charge>().Where(c => caseIds.Contains(c.CaseId)), d => d.ChargeId, c => c.Id, (d, c) => d.Outcome)
            .GroupBy(o => o).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var name = (ProtectionKind k) => j.Justice.Protection(k)?.Name ?? k.ToString();
        var tables = new List<LegalFigureTable>
        {
            new("protections", "Protections sought",
                opened.OrderBy(x => x.Key).Select(x => new LegalFigureRow(name(x.Key), x.Count)).ToList()),
            new("outcomes", "Protection outcomes",
                decided.Where(x => ProtectionWorkflow.IsOutcome(x.Step)).OrderBy(x => x.Kind).ThenBy(x => x.Step)
                    .Select(x => new LegalFigureRow($"{name(x.Kind)}: {ProtectionWorkflow.Label(x.Step).ToLowerInvariant()}", x.Count)).ToList()),
            new("arrests", "Arrests by offender role",
                arrests.OrderBy(x => x.Key).Select(x => new LegalFigureRow(LegalLabels.Of(x.Key), x.Count)).ToList()),
            new("charges", "Charges by offense and class",
                charges.Select(c => ChargeRow(c.OffenseCode, c.DateOfBirth, c.OffenseDate)).GroupBy(l => l).OrderBy(g => g.Key)
                    .Select(g => new LegalFigureRow(g.Key, g.Count())).ToList()),
            new("dispositions", "Dispositions",
                dispositions.OrderBy(x => x.Key).Select(x => new LegalFigureRow(LegalLabels.Of(x.Key), x.Count)).ToList()),
        };
        return new LegalFiguresResult(quarter.ToString(), from, to, j.Name, tables, CountingRule);
    }

    private string ChargeRow(string code, DateOnly? born, DateOnly? committed)
    {
        if (j.Justice.Offense(code) is not { } rule) return $"{code} (no longer on the list)";
        var result = FelonyClassRule.For(rule, born, committed);
        var klass = result.Status switch
        {
            ClassStatus.Computed or ClassStatus.Fixed => result.Class,
            ClassStatus.NotClassified => "no class given",
            ClassStatus.DoesNotApply => "does not apply (adult)",
            _ => "class not computable",
        };
        return $"{rule.Name}: {klass}";
    }
}
