namespace Hartline.Bench.Linkage;

/// <summary>
/// Which errors the generated records carry. <see cref="Clean"/> is the generator of issue 4 (every
/// record as before, draw for draw). <see cref="Messy"/> adds what public benchmark files of agency
/// records showed and the clean profile lacks (see <see cref="MessyRates"/>): dates shifted by days or
/// a month, a wrong year digit, blank names, names in the wrong boxes, new family names, and e-mails
/// and agency numbers, with their own slips.
/// </summary>
public enum GeneratorProfile { Clean, Messy }
