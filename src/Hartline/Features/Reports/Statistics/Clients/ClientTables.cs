using Hartline.Jurisdictions;

namespace Hartline.Features.Reports.Statistics.Clients;

/// <summary>The clients served in a period as one population: a table per dimension, all sharing the one total.</summary>
public static class ClientTables
{
    public const string Unit = "Clients";

    public static Population Build(IReadOnlyList<ClientRecord> clients, Jurisdiction j)
    {
        var population = new Population("clients", "Clients served");
        population.AddDimensions(ClientDimensions.All(j), clients, Unit);
        population.Notes.Add(new("How clients are counted", ClientFacts.CountingRule));
        return population;
    }

    /// <summary>Adds the cross-tabulation of two client dimensions (checked by <see cref="CrossTabChoice"/>).</summary>
    public static void AddCrossTab(Population population, IReadOnlyList<ClientRecord> clients, Jurisdiction j, CrossTabChoice choice)
    {
        var all = ClientDimensions.All(j);
        population.AddCrossTab(all.Single(d => d.Key == choice.Rows), all.Single(d => d.Key == choice.Columns), clients, Unit);
    }
}

/// <summary>Two client dimensions to cross-tabulate, checked: both known, and not the same one twice.</summary>
public sealed record CrossTabChoice(string Rows, string Columns)
{
    public static readonly CrossTabChoice Default = new("region", "gender");

    public static bool TryParse(string? rows, string? columns, Jurisdiction j, out CrossTabChoice? choice, out string problem)
    {
        choice = null;
        problem = "";
        if (string.IsNullOrWhiteSpace(rows) && string.IsNullOrWhiteSpace(columns)) return true;
        var known = ClientDimensions.All(j).Select(d => d.Key).ToList();
        var named = string.Join(", ", known);
        if (string.IsNullOrWhiteSpace(rows) || string.IsNullOrWhiteSpace(columns))
            problem = "A cross-tabulation needs two dimensions: choose both.";
        else if (!known.Contains(rows.Trim()))
            problem = $"'{Short(rows)}' is not a dimension of clients served: choose one of {named}.";
        else if (!known.Contains(columns.Trim()))
            problem = $"'{Short(columns)}' is not a dimension of clients served: choose one of {named}.";
        else if (rows.Trim() == columns.Trim())
            problem = "A dimension cannot be cross-tabulated with itself: choose two different ones.";
        else choice = new CrossTabChoice(rows.Trim(), columns.Trim());
        return choice is not null;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
