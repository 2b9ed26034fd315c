namespace Hartline.Security.Audit;

/// <summary>
/// Marks an entity whose creation and changes <see cref="AuditTrail"/> records, so a feature can opt its
/// records in from its own folder instead of every feature editing one shared list.
/// </summary>
public interface IAudited;
