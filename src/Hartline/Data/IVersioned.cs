namespace Hartline.Data;

/// <summary>
/// A record two people can change at once (a youth, a pair of possible duplicates, a merge, a plan item). Every save
/// that changes it adds one to <see cref="Version"/>, and the save goes through only if the row still holds the version
/// read: of two changes made at once, the second is told (<see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/>,
/// answered as "someone changed this a moment ago"), not silently written over the first.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
