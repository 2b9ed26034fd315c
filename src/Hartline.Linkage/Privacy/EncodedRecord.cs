namespace Hartline.Linkage.Privacy;

/// <summary>
/// One row of an encoded file: the agency, a token standing for the agency's record (meaningless to
/// anyone else), the keyed block key ("" when unknown) and the Bloom filter.
/// </summary>
public sealed record EncodedRecord(string Agency, string RecordId, string Block, BloomFilter Bloom);
