namespace Hartline.Linkage;

/// <summary>
/// One record of a person as some agency entered it: every part may be missing or misspelled.
/// <see cref="Id"/> identifies the record (not the person); linkage decides which records are one person.
/// </summary>
public sealed record PersonRecord(string Id, string? GivenName, string? MiddleName, string? FamilyName, DateOnly? DateOfBirth,
    string? Sex, string? Address, string? City, string? Postcode, string? Phone);
