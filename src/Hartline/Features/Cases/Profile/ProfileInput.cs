using Hartline.Features.Intake.Determination;

namespace Hartline.Features.Cases.Profile;

/// <summary>The case profile as a worker submits it (whole, replacing the last version). Lists hold vocabulary codes.</summary>
public sealed class ProfileInput
{
    public TraffickingStatus? TraffickingStatus { get; set; }
    public DecidingOrganisation? StatusDecidedBy { get; set; }
    public DateOnly? StatusDecidedOn { get; set; }
    public List<string>? ExploitationTypes { get; set; }
    public List<string>? SexExploitationTypes { get; set; }
    public string? LaborIndustry { get; set; }
    public List<string>? MethodsOfControl { get; set; }
    public string? RecruitmentMethod { get; set; }
    public List<string>? RecruitmentPlatforms { get; set; }
    public string? RecruiterRelationship { get; set; }
    public List<string>? Vulnerabilities { get; set; }
    public int? AgeWhenFirstExploited { get; set; }
    /// <summary>Where the youth lived when exploited (jurisdiction residence category); kept on the case for the quarterly report.</summary>
    public string? Residence { get; set; }
}
