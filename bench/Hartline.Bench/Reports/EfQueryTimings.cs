using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hartline.Bench.Reports;

/// <summary>
/// Times each SQL command EF sends, from execution to the reader's disposal. SQLite does its work as
/// rows are read, so only the span up to disposal covers the query. The parameters are kept (as values)
/// because PostgreSQL cannot explain a statement without them. Used on a separate diagnostic run,
/// never on a timed one.
/// </summary>
internal sealed class EfQueryTimings : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<Guid, (string Sql, IReadOnlyList<QueryParameter> Parameters, long Started)> _running = new();

    public List<(string Sql, IReadOnlyList<QueryParameter> Parameters, double Ms)> Completed { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        var parameters = command.Parameters.Cast<DbParameter>().Select(p => new QueryParameter(p.ParameterName, p.Value)).ToList();
        _running[eventData.CommandId] = (command.CommandText, parameters, Stopwatch.GetTimestamp());
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (_running.TryRemove(eventData.CommandId, out var run))
            lock (Completed) Completed.Add((run.Sql, run.Parameters, Stopwatch.GetElapsedTime(run.Started).TotalMilliseconds));
        return base.DataReaderDisposing(command, eventData, result);
    }
}
