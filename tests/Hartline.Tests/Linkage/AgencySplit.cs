extern alias bench;

using bench::Hartline.Bench.Linkage;
using Hartline.Linkage;
using Hartline.Linkage.Privacy;

namespace Hartline.Tests.Linkage;

/// <summary>
/// Generated records with known truth dealt out to agencies, as the PPRL tests and the measurement use
/// them: each record goes to one agency at random (seeded), so a youth with three records may be known
/// to one, two or three agencies.
/// </summary>
internal sealed class AgencySplit
{
    public IReadOnlyList<string> Agencies { get; }
    public IReadOnlyList<PersonRecord> Records { get; }
    public IReadOnlyList<string> AgencyOfRecord { get; }
    public IReadOnlyList<int> PersonOfRecord { get; }

    private AgencySplit(IReadOnlyList<string> agencies, IReadOnlyList<PersonRecord> records, IReadOnlyList<string> agencyOfRecord, IReadOnlyList<int> personOfRecord) =>
        (Agencies, Records, AgencyOfRecord, PersonOfRecord) = (agencies, records, agencyOfRecord, personOfRecord);

    public static AgencySplit Deal(LinkageDataset data, IReadOnlyList<string> agencies, int seed)
    {
        var random = new Random(seed);
        var agencyOf = data.Records.Select(_ => agencies[random.Next(agencies.Count)]).ToArray();
        return new AgencySplit(agencies, data.Records, agencyOf, data.PersonOfRecord);
    }

    /// <summary>
    /// The clean subset: for each of the first <paramref name="persons"/> true youth, exact copies of their
    /// true identifiers, one per record the generator made of them, dealt the same way.
    /// </summary>
    public static AgencySplit Clean(LinkageDataset data, int persons, IReadOnlyList<string> agencies, int seed)
    {
        var random = new Random(seed);
        var (records, agencyOf, personOf) = (new List<PersonRecord>(), new List<string>(), new List<int>());
        for (var i = 0; i < data.Records.Count; i++)
        {
            var p = data.Persons[data.PersonOfRecord[i]];
            if (p.Index >= persons) continue;
            records.Add(new PersonRecord($"C{i}", p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth, p.Sex, p.Home.Address, p.Home.City, p.Home.Postcode, p.Home.Phone));
            agencyOf.Add(agencies[random.Next(agencies.Count)]);
            personOf.Add(p.Index);
        }
        return new AgencySplit(agencies, records, agencyOf, personOf);
    }

    /// <summary>The counts from the truth: each true youth under the agencies that hold a record of them.</summary>
    public OverlapReport TrueCounts() => OverlapReport.Count(AgencyOfRecord, PersonOfRecord);

    /// <summary>Each agency encodes its own records with the shared key; the linker gets all the rows.</summary>
    public List<EncodedRecord> Encode(LinkageKey key)
    {
        var encoder = new BloomEncoder(key);
        return Records.Select((r, i) => new EncodedRecord(AgencyOfRecord[i], r.Id, encoder.BlockKey(r), encoder.Encode(r))).ToList();
    }

    public OverlapReport PrivateCounts(LinkageKey key, PrivateLinkOptions? options = null)
    {
        var encoded = Encode(key);
        var result = PrivateLinker.Link(encoded, options);
        return OverlapReport.Count(encoded.Select(e => e.Agency).ToList(), result.ClusterOfRecord);
    }

    /// <summary>1 − |counted − truth| / truth: 1 is exact, 0.97 is 3% off either way.</summary>
    public static double Agreement(int counted, int truth) => 1 - Math.Abs(counted - truth) / (double)truth;
}
