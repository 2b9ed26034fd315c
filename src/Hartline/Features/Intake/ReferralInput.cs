namespace Hartline.Features.Intake;

/// <summary>What a worker (page), a client (API) or the demo loader submits to receive a referral.</summary>
public sealed class ReferralInput
{
    public DateOnly? ReceivedOn { get; set; }
    public string? Source { get; set; }
    public string? ReportingAgency { get; set; }
    public string? Region { get; set; }
    public string? GivenName { get; set; }
    public string? MiddleName { get; set; }
    public string? FamilyName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Gender { get; set; }
    /// <summary>Every category the youth identifies with; several may apply, none means not recorded.</summary>
    public List<string> RaceEthnicity { get; set; } = [];
    public string? Residence { get; set; }
}
