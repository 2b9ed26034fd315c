using System.Text.Json.Serialization;

namespace Hartline.Bench.Load;

/// <summary>
/// One measure: "max" keeps every connection busy (throughput); "rate" sends at a fixed rate and times each
/// request from when it was due, so a server that falls behind shows it in the percentiles. CPU per request is
/// the server's (and the client's) process CPU time over the measure divided by its requests.
/// </summary>
public sealed record LoadLine([property: JsonPropertyOrder(-2)] string Target, [property: JsonPropertyOrder(-1)] string Mode,
    int Cases, int Connections, int? Rate, double Seconds, long Requests, long Ok, long Errors, double ReqS,
    double P50Ms, double P95Ms, double P99Ms, double MaxMs, double? RatioToHealth, double? RatioToBare, double ServerCpuMsPerReq,
    double ClientCpuMsPerReq)
{
    [JsonPropertyOrder(-3)] public string Measure => "load";
}

/// <summary>Every successful case read (page or API) must have left one read event for the case and one for the youth.</summary>
public sealed record ReadAuditLine(long CaseReadsOk, long CaseReadEvents, long PersonReadEvents, bool Complete)
{
    [JsonPropertyOrder(-3)] public string Measure => "read_audit";
}

/// <summary>
/// How long after the server process started its registry index (every youth's names decrypted into memory) was ready,
/// as the server itself logged it, and the server's own figure for the build; null when it was not ready in time.
/// </summary>
public sealed record RegistryStartLine(int Youth, double? ReadyAfterProcessStartS, double? BuildS, long? ManagedMb)
{
    [JsonPropertyOrder(-3)] public string Measure => "registry_index_start";
}
