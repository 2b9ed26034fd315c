using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Hartline.Features;
using Hartline.Features.Services.Referrals;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Cli;

/// <summary>
/// hartline referrals list [--open-only] [--out FILE] and hartline referrals match --case NUMBER: the service referrals
/// and a case's matches, for whoever operates the server (it acts as the system; each read is audited as such). The
/// steps of a referral — sending, accepting, closing — are a person's, stamped with their name and agency, so they are
/// taken on the pages and the API, not here. The list names no youth: it is for following the work, not the people.
/// </summary>
internal static class ReferralsCommand
{
    public static Command Create()
    {
        var openOnly = new Option<bool>("--open-only") { Description = "Leave out referrals that are closed (declined, withdrawn, completed, ended)" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the CSV to this file instead of standard output" };
        var list = new Command("list", "Every service referral as CSV: number, status, service, provider, kind of help, and when sent, answered and closed")
            { openOnly, output };
        list.SetAction((parsed, ct) => HartlineCli.Guard(() => ListAsync(parsed, parsed.GetValue(openOnly), parsed.GetValue(output), ct)));

        var caseNumber = new Option<string>("--case") { Description = "The case number, e.g. C-2026-00017", Required = true };
        var match = new Command("match", "The services that fit each open need of a case, with why, and the near misses with what kept them out") { caseNumber };
        match.SetAction((parsed, ct) => HartlineCli.Guard(() => MatchAsync(parsed, parsed.GetValue(caseNumber)!, ct)));
        return new Command("referrals", "Service referrals and matching") { list, match };
    }

    private static async Task<int> ListAsync(ParseResult parsed, bool openOnly, FileInfo? file, CancellationToken ct)
    {
        await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: false, ct);
        using var scope = app.Services.CreateScope();
        var j = scope.ServiceProvider.GetRequiredService<Jurisdictions.Jurisdiction>();
        var referrals = await scope.ServiceProvider.GetRequiredService<ServiceReferralViews>().ListAsync(Actor.System, openOnly, ct);
        // Standard output is not ours to close: only a file is disposed.
        await using var fileWriter = file is null ? null : new StreamWriter(file.FullName);
        var writer = fileWriter ?? Console.Out;
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            string When(DateTime? utc) => utc is { } u ? j.ToLocal(u).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
            foreach (var h in new[] { "number", "status", "service", "provider", "kind_of_help", "sent", "answered", "closed" }) csv.WriteField(h);
            csv.EndRecord();
            foreach (var r in referrals)
            {
                foreach (var f in new[] { r.Number ?? "", DisplayNames.Of(r.Status), SpreadsheetCell.Guard(r.Service), SpreadsheetCell.Guard(r.Organization), r.Type,
                             When(r.SentAt), When(r.AnsweredAt), When(r.ClosedAt) })
                    csv.WriteField(f);
                csv.EndRecord();
            }
            csv.Flush();
        }
        if (file is not null) Console.Error.WriteLine($"Wrote {referrals.Count:N0} referrals to {file.FullName}.");
        return HartlineCli.Ok;
    }

    private static async Task<int> MatchAsync(ParseResult parsed, string number, CancellationToken ct)
    {
        if (Data.RecordNumbers.Read(number) is not { Kind: Data.NumberedRecord.Case } read)
            throw new UsageException($"--case: '{number}' is not a case number (like C-2026-00017).");
        await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: false, ct);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.HartlineDb>();
        var found = await db.Cases.AsNoTracking().Include(c => c.Person).FirstOrDefaultAsync(c => c.Number == read.Number, ct)
            ?? throw new UsageException($"--case: there is no case {read.Number}.");
        // The system reads every case (no authorization handler judges it); the read is audited like a page's.
        await scope.ServiceProvider.GetRequiredService<Security.Audit.AuditLog>().ReadAsync(
            [new(nameof(Features.Cases.Case), found.Id, "services (command line)"), new(nameof(Features.People.Person), found.PersonId, $"via case {found.Id} (services, command line)")], ct);
        var view = await scope.ServiceProvider.GetRequiredService<CaseServicePlanning>().ViewAsync(found, ct);
        var o = Console.Out;
        var open = view.Needs.Where(n => n.Matches is not null).ToList();
        if (open.Count == 0) o.WriteLine($"{read.Number} has no open need: add one on the case's Services tab.");
        foreach (var need in open)
        {
            var m = need.Matches!;
            o.WriteLine($"{need.Type}: {m.Fits.Count} fitting, {m.NearMisses.Count} nearly fitting");
            foreach (var f in m.Fits) o.WriteLine($"  + {f.Service.Name} ({f.Service.Organization}): {string.Join(" ", f.Reasons.Concat(f.Cautions))}");
            foreach (var n in m.NearMisses) o.WriteLine($"  - {n.Service.Name} ({n.Service.Organization}): {string.Join(" ", n.Exclusions.Select(e => e.Reason))}");
        }
        return HartlineCli.Ok;
    }
}
