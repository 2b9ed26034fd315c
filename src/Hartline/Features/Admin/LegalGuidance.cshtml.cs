using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Admin;

/// <summary>One rule of the jurisdiction file as the Administrator reviews it: what it says, who checked it and when.</summary>
public sealed record GuidanceRule(string Name, string? RestsOn, LegalReview? Reviewed, string? ToCheck);

/// <summary>
/// The legal guidance workers are shown (notices, protections, offences) with who checked each rule against
/// the law and when, and what is still to check, so that the Administrator knows what to put before counsel.
/// Read from the jurisdiction file: changing a review is a change to that file.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class LegalGuidanceModel(Jurisdiction j) : PageModel
{
    public string Jurisdiction => j.Name;
    public IReadOnlyList<GuidanceRule> Notices { get; private set; } = [];
    public IReadOnlyList<GuidanceRule> Protections { get; private set; } = [];
    public IReadOnlyList<GuidanceRule> Offenses { get; private set; } = [];
    public int Unchecked => Notices.Concat(Protections).Concat(Offenses).Count(r => r.Reviewed is null);

    public void OnGet()
    {
        Notices = j.LegalNotices.Select(n => new GuidanceRule(n.Title, null, n.Reviewed, n.ToCheck)).ToList();
        Protections = j.Justice.Protections.Select(p => new GuidanceRule(p.Name, p.Basis, p.Reviewed, p.ToCheck)).ToList();
        Offenses = j.Justice.Offenses.Select(o => new GuidanceRule(o.Name, o.Statute, o.Reviewed, o.ToCheck)).ToList();
    }
}
