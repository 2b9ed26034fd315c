using System.Security.Cryptography;
using System.Text;
using Hartline.Jurisdictions;

namespace Hartline.Features.Services.Directory;

/// <summary>
/// Hartline's own vocabularies, kept as HSDS taxonomies so an exported directory carries them: the types of
/// service a youth may need (every kind seed 002 names, and the gaps it names), and the eligibility facets
/// (genders and regions from the jurisdiction file, populations, a guardian's consent). Their ids are derived
/// from their codes, so every Hartline installation gives a term the same id and directories move between them.
/// </summary>
public static class HartlineTaxonomies
{
    public static readonly Guid ServiceTypes = IdOf("taxonomy", "service-types");
    public static readonly Guid Eligibility = IdOf("taxonomy", "eligibility");

    /// <summary>The HSDS <c>link_type</c> of Hartline's attribute rows on a service.</summary>
    public const string ServiceTypeLink = "service_type", EligibilityLink = "eligibility";

    public static readonly IReadOnlyList<(string Code, string Name)> ServiceTypeTerms =
    [
        ("emergency-shelter", "Emergency shelter"),
        ("long-term-housing", "Long-term housing"),
        ("therapeutic-foster-care", "Therapeutic foster care"),
        ("trauma-mental-health", "Trauma-specific mental health"),
        ("substance-use", "Substance use treatment"),
        ("medical", "Medical care"),
        ("legal", "Legal help"),
        ("immigration", "Immigration help (T visa)"),
        ("education", "Education"),
        ("employment", "Employment"),
        ("mentoring", "Mentoring"),
        ("survivor-support-group", "Survivor support group"),
        ("advocacy", "Advocacy"),
        ("rapid-response", "Rapid response"),
        ("case-management", "Long-term case management"),
        ("prevention-curriculum", "Prevention curriculum"),
        ("basic-needs", "Basic needs (food, clothing, a phone)"),
        ("family-support", "Family support"),
    ];

    /// <summary>Groups of youth a service is meant for, beyond age and gender (the gaps seed 002 names among them).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> PopulationTerms =
    [
        ("boys-male-bodied", "Boys and male-bodied youth"),
        ("lgbtq", "LGBTQ youth"),
        ("immigrant", "Immigrant youth"),
        ("disability", "Youth with disabilities"),
        ("pregnant-parenting", "Pregnant and parenting youth"),
        ("in-care", "Youth in state care"),
    ];

    public const string GuardianConsentCode = "guardian-consent";

    /// <summary>The eligibility facets under their broader terms: gender:…, region:…, population:…, and the consent term.</summary>
    public static IReadOnlyList<TermSeed> EligibilityTerms(Jurisdiction j)
    {
        var terms = new List<TermSeed>
        {
            new("gender", "Gender", null), new("region", "Region served", null), new("population", "Population", null),
            new(GuardianConsentCode, "Needs a parent's or guardian's consent", null),
        };
        terms.AddRange(j.Genders.Select(g => new TermSeed($"gender:{g.Code}", g.Name, "gender")));
        terms.AddRange(j.Regions.Select(r => new TermSeed($"region:{r.Code}", r.Name, "region")));
        terms.AddRange(PopulationTerms.Select(p => new TermSeed($"population:{p.Code}", p.Name, "population")));
        return terms;
    }

    public sealed record TermSeed(string Code, string Name, string? ParentCode);

    public static Guid TermId(Guid taxonomy, string code) => IdOf(taxonomy.ToString(), code);

    /// <summary>A name-based id (RFC 9562 version 5: SHA-1 of the names, version and variant bits set).</summary>
    public static Guid IdOf(string space, string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"hartline:{space}:{name}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
