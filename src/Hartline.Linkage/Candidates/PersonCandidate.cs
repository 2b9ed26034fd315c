namespace Hartline.Linkage.Candidates;

/// <summary>What is known about a person when looking for earlier records of them: any part may be missing.</summary>
public sealed record PersonFacts(string? GivenName, string? FamilyName, DateOnly? DateOfBirth);

/// <summary>
/// How alike two people's records look: <see cref="Score"/> from 0 to 1, and the short phrases that
/// explain it ("family name sounds alike (NYSIIS GANSAL)", "day and month of birth swapped"),
/// so a worker can judge the suggestion rather than trust a number.
/// </summary>
public sealed record CandidateMatch(double Score, IReadOnlyList<string> Reasons);
