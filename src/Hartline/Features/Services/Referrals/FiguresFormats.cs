using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Hartline.Features.Services.Referrals;

/// <summary>The service-referral figures as CSV (one row per figure: measure, code, label, value) or JSON, for the command line.</summary>
public static class FiguresFormats
{
    // Indented: the command line writes this for a person to read or to keep in a file.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteAsync(ServiceReferralFiguresResult f, string format, TextWriter writer)
    {
        if (format == "json")
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(f, Json));
            return;
        }
        if (format != "csv") throw new ArgumentException($"--format: '{format}' is not one of csv, json.");
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        void Row(string measure, string code, string label, double? value)
        {
            // Organisation names come from the directory, which anyone importing a package fills: guard them as spreadsheet text.
            foreach (var field in new[] { f.Quarter, measure, code, SpreadsheetCell.Guard(label), value?.ToString(CultureInfo.InvariantCulture) ?? "" }) csv.WriteField(field);
            csv.EndRecord();
        }
        foreach (var h in new[] { "quarter", "measure", "code", "label", "value" }) csv.WriteField(h);
        csv.EndRecord();
        Row("referrals_sent", "", "Referrals sent", f.ReferralsSent);
        foreach (var t in f.ReferralsByType) Row("referrals_by_type", t.TypeCode, t.Type, t.Count);
        foreach (var p in f.Providers)
        {
            Row("provider_sent", p.OrganizationId.ToString(), p.Organization, p.Sent);
            Row("provider_acceptance_rate", p.OrganizationId.ToString(), p.Organization, p.AcceptanceRate);
            Row("provider_median_days_to_acceptance", p.OrganizationId.ToString(), p.Organization, p.MedianDaysToAcceptance);
        }
        Row("completed", "", "Completed", f.Completion.Completed);
        Row("ended_early", "", "Ended early", f.Completion.Ended);
        Row("completion_rate", "", "Completion rate", f.Completion.CompletionRate);
        foreach (var d in f.ServicesDelivered) Row("services_delivered", d.TypeCode, d.Type, d.Services);
        foreach (var u in f.UnmetNeeds)
        {
            Row("unmet_all_declined", u.TypeCode, u.Type, u.AllDeclined);
            Row("unmet_no_fitting_service", u.TypeCode, u.Type, u.NoFittingService);
        }
        csv.Flush();
        await writer.FlushAsync();
    }
}
