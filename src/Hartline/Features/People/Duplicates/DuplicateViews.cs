namespace Hartline.Features.People.Duplicates;

/// <summary>One field's part in a match, as the linkage engine explained it.</summary>
public sealed record FieldContributionView(string Field, string Level, double Weight, string Description);

public sealed record ExplanationView(double MatchWeight, double Probability, IReadOnlyList<FieldContributionView> Fields);

public sealed record PersonSide(Guid Id, string Name, DateOnly? DateOfBirth, string? Gender, IReadOnlyList<string> RaceEthnicity,
    string RegisteredBy, int Referrals, int Cases, Guid? MergedIntoId);

public sealed record PossibleDuplicateItem(Guid Id, string NameA, string NameB, double Probability, string FoundBy, DateTime FoundAt);

/// <param name="Words">What agrees and what differs, in words; <paramref name="Explanation"/> keeps the engine's weights.</param>
public sealed record PossibleDuplicateView(Guid Id, PersonSide A, PersonSide B, double Probability, ExplanationView Explanation,
    string FoundBy, DateTime FoundAt, PossibleDuplicateStatus Status, Guid? ActiveMergeId, MatchWords Words);

public sealed record MergeItem(Guid Id, string Survivor, string Merged, DateTime MergedAt, string By, string? Reason, DateTime? UndoneAt);

public sealed class MergeInput
{
    public Guid? SurvivorId { get; set; }
    [MultiLine] public string? Reason { get; set; }
}
