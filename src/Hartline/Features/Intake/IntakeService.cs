using Hartline.Data;
using Hartline.Features.Intake.Duplicates;
using Hartline.Features.People;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Intake;

public sealed record ReferralReceipt(Guid ReferralId, Guid PersonId, bool LinkedExistingPerson);

/// <summary>
/// Receives a referral: registers the youth or links the person the worker recognised, and records the
/// worker's answers about possible duplicates. Person, referral and answers are saved in one
/// SaveChanges, so nothing is half-saved. Screening, determination and the case come after.
/// </summary>
public sealed class IntakeService(HartlineDb db, Jurisdiction jurisdiction, TimeProvider clock,
    People.Deduplication.RegistryIndex registry, People.Duplicates.DuplicateReview review, RecordNumbers numbers)
{
    public async Task<Outcome<ReferralReceipt>> ReceiveAsync(
        ReferralInput input, Actor actor, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = ReferralRules.Validate(input, jurisdiction, now);
        if (errors.Count > 0) return Outcome<ReferralReceipt>.Invalid(errors);
        if (actor.AgencyId is not { } agencyId || actor.UserId is not { } userId)
            return Outcome<ReferralReceipt>.Invalid("actor", "Only a signed-in user of an agency can receive referrals.");
        // Saying "same youth" about a candidate is choosing that person.
        input.ExistingPersonId ??= input.DuplicateAnswers.FirstOrDefault(a => a.Verdict == DuplicateVerdict.SamePerson)?.CandidatePersonId;

        // The worker may only point at people they can see: a guessed id must not link anything.
        var visible = RecordScope.People(db.People, db.Referrals, db.Cases, actor);
        var answered = input.DuplicateAnswers.Select(a => a.CandidatePersonId).Append(input.ExistingPersonId ?? Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToList();
        var known = await visible.Where(p => answered.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (answered.Except(known).Any())
            return Outcome<ReferralReceipt>.Invalid(nameof(input.ExistingPersonId), "A person chosen as a possible duplicate was not found.");

        var person = input.ExistingPersonId is { } chosen
            ? await db.People.SingleAsync(p => p.Id == chosen, ct)
            : await ExactMatchAsync(input, visible, ct);
        var linked = person is not null;
        var automatic = linked && input.ExistingPersonId is null;
        if (person is null)
        {
            person = new Person
            {
                GivenName = input.GivenName!.Trim(),
                MiddleName = TextInput.Clean(input.MiddleName),
                FamilyName = input.FamilyName!.Trim(),
                DateOfBirth = input.DateOfBirth,
                GenderCode = TextInput.Clean(input.Gender),
                RaceEthnicities = input.RaceEthnicity.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct()
                    .Select(code => new PersonRaceEthnicity { Code = code }).ToList(),
                OwnerAgencyId = agencyId,
                CreatedAt = now,
            };
            db.People.Add(person);
        }

        var referral = new Referral
        {
            CreatedAt = now,
            ReceivedAt = ReferralRules.ReceivedUtc(input, jurisdiction)!.Value,
            SourceCode = input.Source!,
            ReportingAgencyName = input.ReportingAgency!.Trim(),
            ReportingContact = TextInput.Clean(input.ReportingContact),
            CarelineReportNumber = TextInput.Clean(input.CarelineReportNumber),
            Narrative = TextInput.Clean(input.Narrative),
            Location = TextInput.Clean(input.Location),
            ImmediateSafetyConcern = input.ImmediateSafetyConcern,
            ExploitationSuspected = input.ExploitationSuspected ?? Determination.ExploitationType.Unknown,
            ExploitationDate = input.ExploitationDate,
            ArrestedForProstitution = input.ArrestedForProstitution,
            ReceivingAgencyId = agencyId,
            RegionCode = input.Region!,
            ResidenceCode = TextInput.Clean(input.Residence),
            PersonId = person.Id,
            LinkedAutomatically = automatic,
            CreatedById = userId,
        };
        referral.Number = await numbers.NextAsync(NumberedRecord.Referral, jurisdiction.LocalDate(referral.ReceivedAt).Year, ct);
        db.Referrals.Add(referral);
        db.DuplicateDecisions.AddRange(input.DuplicateAnswers.Select(a => new DuplicateDecision
        {
            ReferralId = referral.Id,
            CandidatePersonId = a.CandidatePersonId,
            Verdict = a.Verdict!.Value,
            Score = a.Score,
            DecidedById = userId,
            DecidedAt = now,
        }));
        await db.SaveChangesAsync(ct);
        if (!linked) await QueueLikelyDuplicatesAsync(person, input, ct);
        return Outcome<ReferralReceipt>.Done(new ReferralReceipt(referral.Id, person.Id, linked));
    }

    /// <summary>
    /// A youth the worker may see with exactly the same names and date of birth is taken to be the same
    /// person, unless the worker said otherwise. Only visible people: linking to another agency's youth
    /// would tell the worker that youth exists. Links across agencies are the duplicate review's job.
    /// </summary>
    private async Task<Person?> ExactMatchAsync(ReferralInput input, IQueryable<Person> visible, CancellationToken ct)
    {
        if (input.DateOfBirth is not { } dob) return null;
        // The names folded and the date, compared as blind indexes: the database holds neither in plain text.
        var given = Person.NameIndex(db.FieldKeys, input.GivenName ?? "");
        var family = Person.NameIndex(db.FieldKeys, input.FamilyName ?? "");
        var born = Person.BirthIndex(db.FieldKeys, dob);
        var notThem = input.DuplicateAnswers.Where(a => a.Verdict == DuplicateVerdict.DifferentPerson).Select(a => a.CandidatePersonId).ToList();
        return await visible.FirstOrDefaultAsync(p => p.BirthDateIndex == born && p.GivenNameIndex == given
            && p.FamilyNameIndex == family && !notThem.Contains(p.Id), ct);
    }

    /// <summary>Probability from which a new youth and a registry record go to the coordinators' review queue.</summary>
    public const double QueueFrom = 0.9;

    /// <summary>
    /// A newly registered youth who strongly matches someone already in the registry goes to the
    /// coordinators' queue, whoever holds that record: the worker is told nothing about people they may
    /// not see, and a coordinator decides. Pairs the worker already called different youth are skipped.
    /// </summary>
    private async Task QueueLikelyDuplicatesAsync(Person person, ReferralInput input, CancellationToken ct)
    {
        var index = await registry.CurrentAsync(ct);
        var notThem = input.DuplicateAnswers.Where(a => a.Verdict == DuplicateVerdict.DifferentPerson).Select(a => a.CandidatePersonId.ToString()).ToHashSet();
        foreach (var match in index.Find(People.Deduplication.RegistryIndex.ToRecord(person), max: 5, minProbability: QueueFrom))
            if (match.Id != person.Id.ToString() && !notThem.Contains(match.Id))
                await review.RecordAsync(person.Id, Guid.Parse(match.Id), match.Probability, match.Explanation, "intake", ct);
    }

}
