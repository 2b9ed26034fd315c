using Hartline.Features.Reports.Documents;

namespace Hartline.Features.Reports.Publications;

/// <summary>One figure that reads differently now than when it was published.</summary>
public sealed record FigureChange(string Table, string Row, string Column, string Then, string Now);

/// <summary>What changed between a document as published and the same request run again: figure by figure, matched by table, row and column.</summary>
public static class FigureChanges
{
    public const string Absent = "not in the figures";

    public static IReadOnlyList<FigureChange> Between(ReportDocument then, ReportDocument now)
    {
        var changes = new List<FigureChange>();
        var current = now.Tables.ToDictionary(t => t.Key);
        foreach (var old in then.Tables)
        {
            current.TryGetValue(old.Key, out var fresh);
            foreach (var row in old.Rows)
            {
                var freshRow = fresh?.Rows.FirstOrDefault(r => r.Code == row.Code);
                for (var i = 0; i < old.Columns.Count; i++)
                {
                    var column = old.Columns[i];
                    var j = fresh?.Columns.ToList().FindIndex(c => c.Key == column.Key) ?? -1;
                    var was = ReportCellText.Format(row.Cells[i], column.Format);
                    var isNow = freshRow is not null && j >= 0 ? ReportCellText.Format(freshRow.Cells[j], fresh!.Columns[j].Format) : Absent;
                    if (was != isNow) changes.Add(new(old.Title, row.Label, column.Heading, was, isNow));
                }
            }
        }
        // Rows and tables that are new since (a category added to the jurisdiction file, a cross-tab now shown).
        foreach (var fresh in now.Tables)
        {
            var old = then.Tables.FirstOrDefault(t => t.Key == fresh.Key);
            foreach (var row in fresh.Rows.Where(r => old?.Rows.All(o => o.Code != r.Code) ?? true))
                for (var i = 0; i < fresh.Columns.Count; i++)
                    changes.Add(new(fresh.Title, row.Label, fresh.Columns[i].Heading, Absent, ReportCellText.Format(row.Cells[i], fresh.Columns[i].Format)));
        }
        return changes;
    }
}
