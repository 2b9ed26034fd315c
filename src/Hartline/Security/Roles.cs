namespace Hartline.Security;

/// <summary>The roles of design.md. A user may hold several; their scopes are united.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Coordinator = nameof(Coordinator);
    public const string Investigator = nameof(Investigator);
    public const string LawEnforcement = nameof(LawEnforcement);
    public const string Provider = nameof(Provider);
    public const string MdtMember = nameof(MdtMember);
    public const string Trainer = nameof(Trainer);
    public const string Analyst = nameof(Analyst);

    public static readonly IReadOnlyList<string> All =
        [Administrator, Coordinator, Investigator, LawEnforcement, Provider, MdtMember, Trainer, Analyst];

    public static string? Normalize(string name) =>
        All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
