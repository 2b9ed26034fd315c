using System.Text.Json.Serialization;

namespace Hartline.Jurisdictions;

/// <summary>
/// The legal protections a child victim may seek and the offences traffickers and buyers may be charged
/// with. What exists in a state (which protections, which outcomes its law allows, which offences, how an
/// offence is classed) is data in the state's file; the order of steps is workflow, kept in code.
/// </summary>
public sealed record JusticeRules(
    IReadOnlyList<ProtectionRule> Protections,
    IReadOnlyList<OffenseRule> Offenses,
    IReadOnlyList<string> ProtectionNotices,
    IReadOnlyList<string> JusticeNotices)
{
    /// <summary>A state whose file says nothing about justice: no protections, no offence list.</summary>
    public static readonly JusticeRules None = new([], [], [], []);

    public ProtectionRule? Protection(ProtectionKind kind) => Protections.FirstOrDefault(p => p.Kind == kind);
    public OffenseRule? Offense(string? code) => Offenses.FirstOrDefault(o => o.Code == code);

    internal void Check(string path, IReadOnlySet<string> noticeCodes)
    {
        var at = $"{path}: justice";
        if (Protections is null || Offenses is null || ProtectionNotices is null || JusticeNotices is null)
            throw new InvalidDataException($"{at} needs 'protections', 'offenses', 'protectionNotices' and 'justiceNotices' (empty lists are allowed).");
        foreach (var (p, i) in Protections.Select((p, i) => (p, i)))
        {
            LegalReview.Check($"{at}.protections[{i}]", p.Reviewed, p.Name, p.DecidedBy, p.Basis, p.Explain);
            if (!Enum.IsDefined(p.Kind)) throw new InvalidDataException($"{at}.protections[{i}].kind is not a known protection.");
            if (string.IsNullOrWhiteSpace(p.Name)) throw new InvalidDataException($"{at}.protections[{i}] needs a name.");
            if (p.Outcomes is null || p.Outcomes.Count == 0 || p.Outcomes.Any(o => !Enum.IsDefined(o)))
                throw new InvalidDataException($"{at}.protections[{i}].outcomes must list at least one known outcome.");
        }
        var twice = Protections.GroupBy(p => p.Kind).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new InvalidDataException($"{at}.protections lists '{twice.Key}' twice.");
        foreach (var (o, i) in Offenses.Select((o, i) => (o, i))) o.Check($"{at}.offenses[{i}]");
        var dup = Offenses.GroupBy(o => o.Code).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InvalidDataException($"{at}.offenses has the code '{dup.Key}' twice.");
        foreach (var code in ProtectionNotices.Concat(JusticeNotices))
            if (!noticeCodes.Contains(code)) throw new InvalidDataException($"{at} names the notice '{code}', which is not in legalNotices.");
    }
}

/// <summary>What a child victim may ask for. The steps each kind goes through are in code (ProtectionWorkflow).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProtectionKind>))]
public enum ProtectionKind
{
    AffirmativeDefense, Vacatur, UncaredForClassification, TVisa, ContinuedPresence, VictimCompensation, ProtectiveOrder,
}

/// <summary>The steps of a protection: an opening step (raised, requested, applied) then, once decided, an outcome.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProtectionStep>))]
public enum ProtectionStep { Raised, Requested, Applied, Accepted, Rejected, Granted, Denied, Awarded, Withdrawn }

/// <summary>
/// One protection offered in the state: its local name, the court or agency that decides it, the law it
/// rests on (as a citation people can check) and the outcomes that law allows. <see cref="Reviewed"/> says who
/// checked it against the law and when; without it, <see cref="ToCheck"/> says what is still to check.
/// </summary>
public sealed record ProtectionRule(ProtectionKind Kind, string Name, string? DecidedBy, string? Basis, string? Explain,
    IReadOnlyList<ProtectionStep> Outcomes, LegalReview? Reviewed = null, string? ToCheck = null);

/// <summary>
/// An offence a trafficker or buyer may be charged with. <see cref="FelonyClass"/> is its class when the
/// law gives one; <see cref="ClassByVictimAge"/>, when present, classes it by the child's age on the offence
/// date instead. <see cref="Reviewed"/> says who checked it against the law and when; without it the offence is
/// not yet checked and <see cref="ToCheck"/> says what is left.
/// </summary>
public sealed record OffenseRule(string Code, string Name, string? Statute, string? FelonyClass,
    IReadOnlyList<AgeBand>? ClassByVictimAge, string? Note, LegalReview? Reviewed = null, string? ToCheck = null)
{
    public bool Verified => Reviewed is not null;

    internal void Check(string at)
    {
        LegalReview.Check(at, Reviewed, Name, Statute, FelonyClass, Note);
        if (string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(Name))
            throw new InvalidDataException($"{at} needs a code and a name.");
        if (Code.Length > 40) throw new InvalidDataException($"{at}.code must be at most 40 characters.");
        if (ClassByVictimAge is null) return;
        if (ClassByVictimAge.Count == 0) throw new InvalidDataException($"{at}.classByVictimAge, when given, must list at least one band.");
        var from = 0;
        foreach (var (band, i) in ClassByVictimAge.Select((b, i) => (b, i)))
        {
            // Bands run upwards without gaps from birth, so every child's age falls in exactly one band.
            if ((band.FromAge ?? 0) != from || band.UnderAge <= from || string.IsNullOrWhiteSpace(band.Class))
                throw new InvalidDataException($"{at}.classByVictimAge[{i}] must start at age {from}, end above it and name a class.");
            from = band.UnderAge;
        }
    }
}

/// <summary>Ages from <see cref="FromAge"/> (inclusive, 0 when left out) up to <see cref="UnderAge"/> (exclusive) get <see cref="Class"/>.</summary>
public sealed record AgeBand(int? FromAge, int UnderAge, string Class, string? Basis);
