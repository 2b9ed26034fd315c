using Hartline.Data;
using Hartline.Features.Cases.Notes;
using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Plan;

/// <summary>
/// The youth's service plan, preferences and feedback for one case. Reading needs Read; the plan and the
/// preferences belong to the case worker (Update); anyone working with the youth may add feedback (Contribute).
/// Nothing is overwritten: answers and preferences are new rows, so the history stays.
/// </summary>
public sealed class YouthVoice(HartlineDb db, CaseAccess access, AuditLog audit, Jurisdiction j, TimeProvider clock)
{
    public async Task<PlanView?> GetAsync(Guid caseId, Actor actor, CancellationToken ct = default)
    {
        var found = await access.FindAsync(caseId, actor, CaseOperations.Read, ct, tracking: false);
        if (found is null) return null;
        var items = await db.Set<PlanItem>().AsNoTracking().Where(i => i.CaseId == caseId).OrderBy(i => i.AddedAt).ToListAsync(ct);
        var answers = (await db.Set<PlanItemAgreement>().AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(ct))
            .OrderByDescending(a => a.On).ThenByDescending(a => a.RecordedAt).ToLookup(a => a.PlanItemId);
        var preferences = await db.Set<YouthPreferences>().AsNoTracking().Where(p => p.CaseId == caseId)
            .OrderByDescending(p => p.RecordedAt).ToListAsync(ct);
        var feedback = await db.Set<YouthFeedback>().AsNoTracking().Where(f => f.CaseId == caseId)
            .OrderByDescending(f => f.GivenOn).ThenByDescending(f => f.RecordedAt).ToListAsync(ct);
        await audit.ReadAsync(nameof(Case), caseId, "plan and youth voice", ct);

        var prefs = preferences.Select(p => new PreferencesView(p.NameUsed, p.Pronouns, p.Language, p.WantPresent, p.DoNotWantPresent,
            p.ContactMethod, p.ContactTimes, p.MessageMayBeLeft, p.DoesNotWant, Local(p.RecordedAt), p.RecordedByName)).ToList();
        return new PlanView(caseId,
            items.Select(i => new PlanItemView(i.Id, i.YouthWords, i.WorkerDescription, i.Domain, i.PlannedEnd, i.Status, i.EndedOn,
                i.Agreement, i.AgreementOn, i.AgreementHow, Local(i.AddedAt),
                answers[i.Id].Select(a => new AgreementView(a.Agreement, a.On, a.How, a.YouthComment, Local(a.RecordedAt))).ToList(), i.Version)).ToList(),
            prefs.FirstOrDefault(), prefs.Skip(1).ToList(),
            feedback.Select(f => new FeedbackView(f.Id, f.GivenOn, f.How, f.FeltListenedTo, f.FeltSafe, f.HadASay, f.YouthWords, Local(f.RecordedAt))).ToList(),
            await access.MayAsync(found, actor, CaseOperations.Update), await access.MayAsync(found, actor, CaseOperations.Contribute));
    }

    public Task<Outcome<Guid>> AddItemAsync(Guid caseId, PlanItemInput input, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(caseId, actor, CaseOperations.Update, ct, (actor, now) =>
        {
            var errors = PlanRules.Item(input);
            if (errors.Count > 0) return Task.FromResult(Outcome<Guid>.Invalid(errors));
            var item = new PlanItem
            {
                CaseId = caseId, YouthWords = input.YouthWords!.Trim(), WorkerDescription = TextInput.Clean(input.WorkerDescription),
                Domain = input.Domain!.Value, PlannedEnd = input.PlannedEnd, AddedAt = now,
                AddedById = actor.UserId!.Value, AddedByAgencyId = actor.AgencyId!.Value,
            };
            db.Set<PlanItem>().Add(item);
            return Task.FromResult(Outcome<Guid>.Done(item.Id));
        });

    public Task<Outcome<Guid>> RecordAgreementAsync(Guid caseId, Guid itemId, AgreementInput input, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(caseId, actor, CaseOperations.Update, ct, async (actor, now) =>
        {
            var item = await db.Set<PlanItem>().FirstOrDefaultAsync(i => i.Id == itemId && i.CaseId == caseId, ct);
            if (item is null) return Outcome<Guid>.NotFound();
            var errors = PlanRules.Agreement(input, j.LocalDate(now));
            if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);
            var answer = new PlanItemAgreement
            {
                PlanItemId = itemId, CaseId = caseId, Agreement = input.Agreement!.Value, On = input.On!.Value, How = input.How!.Value,
                YouthComment = TextInput.Clean(input.YouthComment), RecordedAt = now, RecordedById = actor.UserId!.Value,
            };
            db.Set<PlanItemAgreement>().Add(answer);
            // The item shows the latest answer by the day it was given, so a late entry of an old answer changes nothing.
            if (item.AgreementOn is null || answer.On >= item.AgreementOn)
                (item.Agreement, item.AgreementOn, item.AgreementHow) = (answer.Agreement, answer.On, answer.How);
            return Outcome<Guid>.Done(answer.Id);
        }, nameof(AgreementInput.Agreement));

    public Task<Outcome<Guid>> SetStatusAsync(Guid caseId, Guid itemId, StatusInput input, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(caseId, actor, CaseOperations.Update, ct, async (_, now) =>
        {
            var item = await db.Set<PlanItem>().FirstOrDefaultAsync(i => i.Id == itemId && i.CaseId == caseId, ct);
            if (item is null) return Outcome<Guid>.NotFound();
            var errors = PlanRules.Status(input);
            if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);
            // The form says which version of the item it showed: a change made since by someone else is not overwritten.
            if (input.Version is { } seen && seen != item.Version) return ChangedMeanwhile(nameof(StatusInput.Status));
            item.Status = input.Status!.Value;
            item.EndedOn = item.Status is PlanItemStatus.Achieved or PlanItemStatus.Dropped ? item.EndedOn ?? j.LocalDate(now) : null;
            return Outcome<Guid>.Done(item.Id);
        });

    public Task<Outcome<Guid>> SavePreferencesAsync(Guid caseId, PreferencesInput input, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(caseId, actor, CaseOperations.Update, ct, (actor, now) =>
        {
            var errors = PlanRules.Preferences(input);
            if (errors.Count > 0) return Task.FromResult(Outcome<Guid>.Invalid(errors));
            var p = new YouthPreferences
            {
                CaseId = caseId, NameUsed = TextInput.Clean(input.NameUsed), Pronouns = TextInput.Clean(input.Pronouns),
                Language = TextInput.Clean(input.Language), WantPresent = TextInput.Clean(input.WantPresent),
                DoNotWantPresent = TextInput.Clean(input.DoNotWantPresent), ContactMethod = input.ContactMethod,
                ContactTimes = TextInput.Clean(input.ContactTimes), MessageMayBeLeft = input.MessageMayBeLeft,
                DoesNotWant = TextInput.Clean(input.DoesNotWant), RecordedAt = now, RecordedById = actor.UserId!.Value,
                RecordedByName = actor.DisplayName,
            };
            db.Set<YouthPreferences>().Add(p);
            return Task.FromResult(Outcome<Guid>.Done(p.Id));
        });

    public Task<Outcome<Guid>> AddFeedbackAsync(Guid caseId, FeedbackInput input, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(caseId, actor, CaseOperations.Contribute, ct, (actor, now) =>
        {
            var errors = PlanRules.Feedback(input, j.LocalDate(now));
            if (errors.Count > 0) return Task.FromResult(Outcome<Guid>.Invalid(errors));
            var f = new YouthFeedback
            {
                CaseId = caseId, GivenOn = input.GivenOn!.Value, How = input.How!.Value, FeltListenedTo = input.FeltListenedTo,
                FeltSafe = input.FeltSafe, HadASay = input.HadASay, YouthWords = TextInput.Clean(input.YouthWords),
                RecordedAt = now, RecordedById = actor.UserId!.Value, RecordedByAgencyId = actor.AgencyId!.Value,
            };
            db.Set<YouthFeedback>().Add(f);
            return Task.FromResult(Outcome<Guid>.Done(f.Id));
        });

    /// <summary>One shape for every change: the access check (404 on refusal), the change, one save with its audit line.</summary>
    private async Task<Outcome<Guid>> ChangeAsync(Guid caseId, Actor actor, OperationAuthorizationRequirement operation,
        CancellationToken ct, Func<Actor, DateTime, Task<Outcome<Guid>>> change, string field = nameof(StatusInput.Status))
    {
        if (actor.UserId is null || actor.AgencyId is null) return Outcome<Guid>.NotFound();
        if (await access.FindAsync(caseId, actor, operation, ct, tracking: false) is null) return Outcome<Guid>.NotFound();
        var result = await change(actor, clock.GetUtcNow().UtcDateTime);
        if (!result.Succeeded) return result;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return ChangedMeanwhile(field); } // saved by someone else between our read and our save
        return result;
    }

    /// <param name="field">The form's field the message is shown beside.</param>
    private static Outcome<Guid> ChangedMeanwhile(string field) =>
        Outcome<Guid>.Invalid(field, "Someone changed this goal a moment ago. Open the plan again to see their change, then make yours.");

    private DateTime Local(DateTime utc) => j.ToLocal(utc);
}
