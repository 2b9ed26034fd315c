namespace Hartline.Features.Intake.Determination;

// The words of the Action–Means–Purpose (AMP) model of federal trafficking law. Workers record
// evidence in these terms; AmpRule reads it. The enums are closed lists on purpose: adding a value
// changes what the law is taken to say, so AmpLaw must be updated with it.

/// <summary>What kind of exploitation the worker suspects; it decides which pathways are read.</summary>
public enum ExploitationType { Sex, Labor, Both, Unknown }

/// <summary>
/// The action element: what was done to the person. Sex trafficking names all ten; labor trafficking
/// names only recruit, harbor, transport, provide and obtain (see <see cref="AmpLaw"/>).
/// </summary>
public enum AmpAction { Recruit, Entice, Harbor, Transport, Provide, Obtain, Advertise, Maintain, Patronize, Solicit }

/// <summary>
/// The means element. The labor sections list threats of serious harm, abuse or threatened abuse of
/// the legal process, and schemes meant to make a person fear serious harm; the sex trafficking
/// section defines coercion as exactly those things. So they are recorded as <see cref="Coercion"/>,
/// and the same three means serve both pathways.
/// </summary>
public enum AmpMeans { Force, Fraud, Coercion }

/// <summary>The purpose element: what the person was exploited for.</summary>
public enum AmpPurpose { CommercialSex, LaborOrServices }

/// <summary>The two federal offences the rule reads evidence against.</summary>
public enum Pathway { SexTrafficking, LaborTrafficking }

public enum AmpElement { Action, Means, Purpose }
