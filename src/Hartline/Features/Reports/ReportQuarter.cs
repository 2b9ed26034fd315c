using Hartline.Jurisdictions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Reports;

/// <summary>The quarter of a report request, read on the jurisdiction's calendar, for every report endpoint.</summary>
public static class ReportQuarter
{
    /// <summary>Null with the quarter when it may be reported on; otherwise the validation problem naming "quarter".</summary>
    public static ValidationProblem? Check(string? text, Jurisdiction j, TimeProvider clock, out Quarter quarter) =>
        Quarter.TryParseReportable(text, j.Today(clock), out quarter, out var problem)
            ? null
            : TypedResults.ValidationProblem(Errors.One("quarter", problem));
}
