using Hartline.Security;

namespace Hartline.Features.Cases.Legal;

/// <summary>
/// Why the legal tab is read-only (or partly so) for this reader, in words: a liaison should not have to
/// guess why the forms are missing. Derived from the decisions the handlers already made for the file
/// (<see cref="LegalFile.MayEditProtections"/>, <see cref="LegalFile.MayRecordJustice"/>), never decided again here.
/// </summary>
public static class LegalReadOnly
{
    private const string ProtectionsBelongToOwner =
        "The youth's protections are recorded by the agency that owns the case, or by a HART coordinator.";

    public static string? Explain(LegalFile file, Actor actor) => (file.MayEditProtections, file.MayRecordJustice) switch
    {
        (true, _) => null,
        (false, true) => "Your agency holds this case for law enforcement: you can record offenders, arrests, charges, "
            + "dispositions and court dates below. " + ProtectionsBelongToOwner,
        (false, false) when actor.IsInRole(Roles.LawEnforcement) =>
            "You can read this tab, not record on it: the case is shared with your agency for the MDT, not for law enforcement. "
            + "Recording offenders, arrests and charges needs a law-enforcement share, which the agency that owns the case makes when the youth consents.",
        (false, false) => "You can read this tab, not record on it: " + char.ToLowerInvariant(ProtectionsBelongToOwner[0]) + ProtectionsBelongToOwner[1..]
            + (file.MayReadJustice ? "" : " Offenders, arrests and charges are shown only to the owning agency, its law-enforcement partners and coordinators."),
    };
}
