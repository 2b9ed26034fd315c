using Hartline.Data;
using Hartline.Jurisdictions;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Directory;

/// <summary>
/// Puts Hartline's taxonomies (<see cref="HartlineTaxonomies"/>) in the database, adding what is missing:
/// a new service type in a release, or a region added to the jurisdiction file. Terms are never removed (services
/// may carry them); run after migrations, on every start.
/// </summary>
public sealed class DirectoryTaxonomies(HartlineDb db, Jurisdiction j)
{
    public async Task EnsureAsync(CancellationToken ct = default)
    {
        var taxonomies = await db.Set<Taxonomy>().Select(t => t.Id).ToListAsync(ct);
        var terms = (await db.Set<TaxonomyTerm>().Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        if (!taxonomies.Contains(HartlineTaxonomies.ServiceTypes))
            db.Add(new Taxonomy { Id = HartlineTaxonomies.ServiceTypes, Name = "Hartline service types",
                Description = "The kinds of help a youth referred to HART may need.", Version = "1" });
        if (!taxonomies.Contains(HartlineTaxonomies.Eligibility))
            db.Add(new Taxonomy { Id = HartlineTaxonomies.Eligibility, Name = "Hartline eligibility",
                Description = "Who a service is for: genders, regions served, populations, and whether a guardian must consent.", Version = "1" });

        foreach (var (code, name) in HartlineTaxonomies.ServiceTypeTerms)
            Add(HartlineTaxonomies.ServiceTypes, code, name, null);
        foreach (var term in HartlineTaxonomies.EligibilityTerms(j))
            Add(HartlineTaxonomies.Eligibility, term.Code, term.Name, term.ParentCode);
        await db.SaveChangesAsync(ct);

        void Add(Guid taxonomy, string code, string name, string? parent)
        {
            var id = HartlineTaxonomies.TermId(taxonomy, code);
            if (!terms.Add(id)) return;
            db.Add(new TaxonomyTerm
            {
                Id = id, Code = code, Name = name, Description = name, TaxonomyId = taxonomy,
                ParentId = parent is null ? null : HartlineTaxonomies.TermId(taxonomy, parent), Language = "en",
            });
        }
    }
}
