namespace Hartline.Linkage;

/// <summary>
/// One record of a person as some agency entered it: every part may be missing or misspelled.
/// <see cref="Id"/> identifies the record (not the person); linkage decides which records are one person.
/// <see cref="Email"/> and <see cref="Identifiers"/> are what agencies hold besides names (an e-mail, a
/// case-management or national number): strong evidence when they agree, none when either side lacks them.
/// </summary>
public sealed record PersonRecord(string Id, string? GivenName, string? MiddleName, string? FamilyName, DateOnly? DateOfBirth,
    string? Sex, string? Address, string? City, string? Postcode, string? Phone,
    string? Email = null, IReadOnlyList<PersonIdentifier>? Identifiers = null);

/// <summary>
/// An identifier an agency holds for the person, of a named kind (the <c>id_*</c> column it came from, e.g.
/// "dcf" for id_dcf). Only identifiers of the same kind are compared: a DCF number and a state id never agree.
/// </summary>
public sealed record PersonIdentifier(string Kind, string Value);
