using Hartline.Data;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Missing;

public sealed class MissingEpisodeInput
{
    /// <summary>Local date and time the youth was last seen / went missing.</summary>
    public DateTime? StartedAt { get; set; }
    /// <summary>Local date and time the youth was found or returned; empty while still missing.</summary>
    public DateTime? EndedAt { get; set; }
    public string? MissingFrom { get; set; }
    public string? WhereFound { get; set; }
    public bool ReportedToPolice { get; set; }
    public bool ReportedToNcmec { get; set; }
    [MultiLine] public string? Note { get; set; }
}

public sealed record MissingEpisodeView(Guid Id, DateTime StartedAt, DateTime? EndedAt, string? MissingFrom,
    string? WhereFound, bool ReportedToPolice, bool ReportedToNcmec, string? Note, double? DaysMissing);

/// <summary>Missing-from-care episodes: recorded when the youth goes missing, completed when found.</summary>
public sealed class MissingEpisodes(HartlineDb db, CaseAccess access, Jurisdiction jurisdiction, TimeProvider clock)
{
    public async Task<IReadOnlyList<MissingEpisodeView>> OfAsync(Guid caseId, CancellationToken ct = default)
    {
        var rows = await EpisodesOf(db, caseId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.Select(e => new MissingEpisodeView(e.Id, jurisdiction.ToLocal(e.StartedAt),
            e.EndedAt is { } end ? jurisdiction.ToLocal(end) : null,
            Jurisdiction.NameOf(jurisdiction.ResidenceAtExploitation, e.MissingFromCode), e.WhereFound,
            e.ReportedToPolice, e.ReportedToNcmec, e.Note,
            Math.Round(((e.EndedAt ?? now) - e.StartedAt).TotalDays, 1))).ToList();
    }

    /// <summary>Whoever works with the youth may report them missing (a provider often knows first).</summary>
    public Task<Outcome<MissingEpisode>> AddAsync(Guid caseId, MissingEpisodeInput input, Actor actor, CancellationToken ct = default) =>
        SaveAsync(caseId, null, input, actor, CaseOperations.Contribute, ct);

    /// <summary>Corrects an episode: rewriting what others recorded is for the case's own workers only.</summary>
    public Task<Outcome<MissingEpisode>> UpdateAsync(Guid caseId, Guid episodeId, MissingEpisodeInput input, Actor actor, CancellationToken ct = default) =>
        SaveAsync(caseId, episodeId, input, actor, CaseOperations.Update, ct);

    /// <summary>The youth was found: completes the episode, keeping what was recorded when they went missing.</summary>
    public async Task<Outcome<MissingEpisode>> FoundAsync(Guid caseId, Guid episodeId, DateTime? endedAt, string? whereFound,
        Actor actor, CancellationToken ct = default)
    {
        if (await access.FindAsync(caseId, actor, CaseOperations.Contribute, ct) is null) return Outcome<MissingEpisode>.NotFound();
        var e = await db.Set<MissingEpisode>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == episodeId && x.CaseId == caseId, ct);
        if (e is null) return Outcome<MissingEpisode>.NotFound();
        if (e.EndedAt is not null) return Outcome<MissingEpisode>.Invalid(nameof(MissingEpisodeInput.EndedAt), "This episode is already closed: the youth was found.");
        if (endedAt is null) return Outcome<MissingEpisode>.Invalid(nameof(MissingEpisodeInput.EndedAt), "When was the youth found?");
        return await SaveAsync(caseId, episodeId, new MissingEpisodeInput
        {
            // The stored instant as it is: through local time and back, the repeated autumn hour would move it.
            StartedAt = DateTime.SpecifyKind(e.StartedAt, DateTimeKind.Utc), EndedAt = endedAt, MissingFrom = e.MissingFromCode,
            WhereFound = whereFound, ReportedToPolice = e.ReportedToPolice, ReportedToNcmec = e.ReportedToNcmec, Note = e.Note,
        }, actor, CaseOperations.Contribute, ct);
    }

    private async Task<Outcome<MissingEpisode>> SaveAsync(Guid caseId, Guid? episodeId, MissingEpisodeInput input, Actor actor,
        Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        if (await access.FindAsync(caseId, actor, operation, ct) is null) return Outcome<MissingEpisode>.NotFound();
        MissingEpisode? episode = null;
        if (episodeId is { } id)
        {
            episode = await db.Set<MissingEpisode>().FirstOrDefaultAsync(e => e.Id == id && e.CaseId == caseId, ct);
            if (episode is null) return Outcome<MissingEpisode>.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var errors = Errors.For(input);
        DateTime? start = null, end = null;
        if (input.StartedAt is null) errors.Add(nameof(input.StartedAt), "When did the youth go missing?");
        else if (input.StartedAt.Value.Year < 1990) errors.Add(nameof(input.StartedAt), "Check the year: it is before 1990.");
        else if (jurisdiction.ToUtc(input.StartedAt.Value) is var s && s > now.AddMinutes(5))
            errors.Add(nameof(input.StartedAt), "The start is in the future.");
        else start = s;
        if (input.EndedAt is { } e)
        {
            var f = jurisdiction.ToUtc(e);
            if (f > now.AddMinutes(5)) errors.Add(nameof(input.EndedAt), "The end is in the future.");
            else if (start is not null && f < start) errors.Add(nameof(input.EndedAt), "The youth was found before going missing: check both times.");
            else end = f;
        }
        if (input.MissingFrom is not null && jurisdiction.ResidenceAtExploitation.All(c => c.Code != input.MissingFrom))
            errors.Add(nameof(input.MissingFrom), $"\"{input.MissingFrom}\" is not a residence category.");
        if (input.WhereFound?.Length > 500) errors.Add(nameof(input.WhereFound), "At most 500 characters.");
        if (input.Note?.Length > 2000) errors.Add(nameof(input.Note), "At most 2,000 characters.");
        if (errors.Count > 0) return Outcome<MissingEpisode>.Invalid(errors);

        if (episode is null)
        {
            episode = new MissingEpisode { CaseId = caseId, RecordedById = actor.UserId ?? Guid.Empty, RecordedAt = now };
            db.Add(episode);
        }
        episode.StartedAt = start!.Value;
        episode.EndedAt = end;
        episode.MissingFromCode = input.MissingFrom;
        episode.WhereFound = TextInput.Clean(input.WhereFound);
        episode.ReportedToPolice = input.ReportedToPolice;
        episode.ReportedToNcmec = input.ReportedToNcmec;
        episode.Note = TextInput.Clean(input.Note);
        await db.SaveChangesAsync(ct);
        return Outcome<MissingEpisode>.Done(episode);
    }


    // Compiled once: every case overview lists the episodes (no LINQ tree built and looked up per view).
    private static readonly Func<HartlineDb, Guid, IAsyncEnumerable<MissingEpisode>> EpisodesOf = EF.CompileAsyncQuery<HartlineDb, Guid, MissingEpisode>(
        (HartlineDb db, Guid caseId) => db.Set<MissingEpisode>().AsNoTracking().Where(e => e.CaseId == caseId).OrderByDescending(e => e.StartedAt));
}
