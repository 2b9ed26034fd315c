namespace Hartline.Linkage.Model;

/// <summary>
/// Hand-set m and u probabilities, used before any data has been seen (the intake check on a new
/// registry) and as the starting point and prior of estimation.
/// </summary>
/// <remarks>
/// m is how often a level occurs between two records of one person, u between two records of
/// different people. The figures are judgement, informed by referral data: about 85% of duplicate
/// records agree exactly on a name, 1 in 6,500 random pairs of youths share a date of birth (18
/// birth years; 1 in 100 are born within a month of each other, 1 in 10 in the same year), a phone or
/// address is rarely shared by strangers, and an e-mail or agency number almost never; but youths
/// change e-mail addresses, so a different one is only weak evidence against. Index 0 (missing) is unused.
/// </remarks>
internal static class DefaultParameters
{
    public static readonly double[][] M =
    [
        [0, 0.80, 0.05, 0.04, 0.03, 0.03, 0.01, 0.04],
        [0, 0.70, 0.15, 0.05, 0.10],
        [0, 0.84, 1e-4, 0.05, 0.03, 0.03, 0.01, 0.04],
        [0, 0.97, 0.03],
        [0, 0.80, 0.03, 0.04, 0.03, 0.03, 0.02, 0.05],
        [0, 0.97, 0.03],
        [0, 0.70, 0.10, 0.20],
        [0, 0.65, 0.05, 0.30],
        [0, 0.55, 0.15, 0.10, 0.20],
        [0, 0.80, 0.05, 0.15],
        [0, 0.80, 0.05, 0.15],
        [0, 0.88, 0.05, 0.07],
    ];

    public static readonly double[][] U =
    [
        [0, 0.004, 5e-4, 0.003, 0.003, 0.003, 0.01, 0.9765],
        [0, 0.01, 0.05, 0.01, 0.93],
        [0, 0.002, 0.001, 0.002, 0.002, 0.002, 0.008, 0.983],
        [0, 0.9995, 5e-4],
        [0, 1.5e-4, 1.5e-4, 0.003, 1.5e-4, 0.0095, 0.1, 0.88705],
        [0, 0.5, 0.5],
        [0, 0.002, 0.02, 0.978],
        [0, 1e-6, 1e-5, 0.999989],
        [0, 5e-4, 0.001, 0.02, 0.9785],
        [0, 0.05, 0.01, 0.94],
        [0, 1e-6, 1e-5, 0.999989],
        [0, 1e-6, 1e-5, 0.999989],
    ];

    /// <summary>Expected other records of the same person per record: one youth in ten referred twice.</summary>
    public const double DuplicatesPerRecord = 0.1;
}
