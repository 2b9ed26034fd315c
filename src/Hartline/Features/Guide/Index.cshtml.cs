using Hartline.Features.Intake.Determination;
using Hartline.Features.Intake.Screening;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Guide;

/// <summary>What a role may do in Hartline, in words, for the guide.</summary>
public sealed record RoleReach(string Role, string Cases, string Statistics);

/// <summary>
/// How Hartline works, for everyone signed in and first of all for trainers, who see no case files: a
/// referral's steps and their targets, the screening instruments item by item, what the determination aid
/// reads, who sees what. It is made from the same instruments, targets and rules the pages use, and holds
/// nothing about any youth.
/// </summary>
public sealed class IndexModel(InstrumentLibrary instruments, Jurisdiction j) : PageModel
{
    public Jurisdiction Jurisdiction => j;
    public IReadOnlyList<ScreeningInstrument> Instruments => instruments.Current;

    public static readonly IReadOnlyList<RoleReach> Reach =
    [
        new(Roles.Coordinator, "every case", "every case"),
        new(Roles.Investigator, "its agency's cases and the cases shared with its agency", "the same cases, as counts"),
        new(Roles.LawEnforcement, "cases shared with its agency for law enforcement (it may record arrests and charges) or for an MDT (read only)", "the same cases, as counts"),
        new(Roles.Provider, "cases referred to its agency for services, or on an MDT agenda shared with it", "the same cases, as counts"),
        new(Roles.MdtMember, "cases on its agency's MDT agenda that the youth agreed to share", "the same cases, as counts"),
        new(Roles.Analyst, "none: never a name or a date of birth", "every case, as counts"),
        new(Roles.Administrator, "none; reviews users, agencies and the audit log", "none"),
        new(Roles.Trainer, "none; reads this guide", "none"),
    ];

    public static string Words<T>(IEnumerable<T> values, Func<T, string> word) => AmpLaw.List(values.Select(word), "or");
    public static string Action(AmpAction a) => AmpLaw.Word(a);
    public static string Means(AmpMeans m) => AmpLaw.Word(m);

    public void OnGet() { }
}
