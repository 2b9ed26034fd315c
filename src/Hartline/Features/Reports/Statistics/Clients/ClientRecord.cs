namespace Hartline.Features.Reports.Statistics.Clients;

/// <summary>
/// One youth served in a period, as the statistics see them: never a name, only the categories they count in.
/// Regions, residences, exploitation types and recruiter relationships come from their cases active in the period,
/// so a youth may have several; the rest are the youth's own. Empty code: not recorded.
/// </summary>
public sealed record ClientRecord(
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Residences,
    string Gender,
    string RaceEthnicity,
    int? AgeAtIntake,
    bool Continuing,
    IReadOnlyList<string> ExploitationTypes,
    IReadOnlyList<string> RecruiterRelationships);
