using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Hartline.Security.Protection;

namespace Hartline.Security.Audit.Chain;

/// <summary>
/// The keyed digests that make the audit trail tamper-evident. Each event is sealed as it is written (a digest of its
/// content), and chained shortly after (a digest of the previous event's chain value, its place and its seal). Without
/// the key — held with the field keys, outside the database — nobody can edit an event, add one, or remove one and mend
/// the chain around the gap. HMAC-SHA-256, written as base64.
/// </summary>
public static class AuditSeal
{
    private const string Purpose = "hartline audit chain";
    private static readonly ConditionalWeakTable<FieldKeys, byte[]> Keys = new();

    /// <summary>The audit key of a key ring (derived once per ring).</summary>
    public static byte[] KeyOf(FieldKeys keys) => Keys.GetValue(keys, k => k.Derive(Purpose));

    /// <summary>
    /// The seal of an event's content. Each field is written with its length (or as absent), so no two different events
    /// read the same. The time is taken to the microsecond: PostgreSQL keeps no finer, SQLite keeps it exactly.
    /// </summary>
    public static string Of(byte[] key, AuditEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (e.Details?.Length ?? 0) * 3);
        Write(buffer, e.Id.ToString("D"));
        Write(buffer, (e.At.Ticks / 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Write(buffer, e.UserId?.ToString("D"));
        Write(buffer, e.Actor);
        Write(buffer, e.AgencyId?.ToString("D"));
        Write(buffer, e.Action.ToString());
        Write(buffer, e.EntityType);
        Write(buffer, e.EntityId);
        Write(buffer, e.Details);
        Write(buffer, e.Purpose);
        return Mac(key, buffer.WrittenSpan);
    }

    /// <summary>The chain value of the event at <paramref name="seq"/>, following <paramref name="previous"/>.</summary>
    public static string Link(byte[] key, string previous, long seq, string seal)
    {
        var buffer = new ArrayBufferWriter<byte>(160);
        Write(buffer, previous);
        Write(buffer, seq.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Write(buffer, seal);
        return Mac(key, buffer.WrittenSpan);
    }

    /// <summary>Where a chain begins: the value before the first event.</summary>
    public static string Start(byte[] key) => Link(key, "", 0, "start");

    /// <summary>A keyed digest of any fields (an archive's record of what it took away).</summary>
    public static string OfFields(byte[] key, params string?[] fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        foreach (var f in fields) Write(buffer, f);
        return Mac(key, buffer.WrittenSpan);
    }

    /// <summary>Compares two seals in constant time.</summary>
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static string Mac(byte[] key, ReadOnlySpan<byte> data)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, data, mac);
        return Convert.ToBase64String(mac);
    }

    private static void Write(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            buffer.Write([(byte)0]);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> head = stackalloc byte[5];
        head[0] = 1;
        BinaryPrimitives.WriteInt32BigEndian(head[1..], bytes.Length);
        buffer.Write(head);
        buffer.Write(bytes);
    }
}
