using Hartline.Features.Cases.Notes;
using Hartline.Features.Cases.Plan;

namespace Hartline.Features.Demo;

/// <summary>A goal in the youth's words, the worker's plan for it, and its area.</summary>
internal sealed record DemoGoal(string Words, string Plan, PlanDomain Domain);

/// <summary>
/// What the demo's workers write, in two sets: for a youth still a minor, and for one who has turned 18
/// since the referral (the demo's oldest open cases). Invented, about no real person; "{0}" is the youth's
/// given name. Kept apart from <see cref="DemoCaseWork"/>, which only decides who writes what, and when.
/// </summary>
internal static class DemoCaseWords
{
    public static readonly (NoteKind Kind, string Text)[] MinorTeamNotes =
    [
        (NoteKind.HomeVisit, "Home visit with {0} and the aunt. {0} showed the phone rules they agreed on together; no new contact from the older friend since the last visit."),
        (NoteKind.Contact, "Met {0} after school at the library, as {0} prefers. School attendance is back to four days a week; {0} asked to keep the same case worker."),
        (NoteKind.Medical, "Went with {0} to the follow-up appointment at Harbor Children's Hospital. Results are fine; next visit in four weeks."),
        (NoteKind.Court, "Went with {0} to the juvenile court hearing. It was continued to next month; {0} coped well and wants the advocate there next time."),
    ];

    public static readonly (NoteKind Kind, string Text)[] AdultTeamNotes =
    [
        (NoteKind.Contact, "Met {0} at the Beacon drop-in center. {0} has kept the grocery-store job for two months and asked for help with a lease application."),
        (NoteKind.HomeVisit, "Visited {0} at the transitional apartment. The place is tidy and {0} feels safe there; the lease runs to the end of the year."),
        (NoteKind.Medical, "{0} kept the clinic appointment on their own this time. Next check-up in three months."),
        (NoteKind.Court, "Went with {0} to the hearing on the vacatur petition. The judge asked for one more record; the hearing was continued."),
    ];

    public const string MdtNote = "Case discussed at the regional MDT: the safety plan was reviewed and the survivor-care referral confirmed.";

    public static readonly string[] RestrictedNotes =
    [
        "For DCF and Beacon only: {0} told the advocate that the recruiter made contact again through a new social-media account. Screenshots went to the investigator; do not raise it with the family.",
        "For DCF and Beacon only: the new address is not to be given to anyone in {0}'s family while the safety plan is in force.",
    ];

    /// <summary>Written by the survivor-care counselor: their agency alone ever reads these.</summary>
    public static readonly string[] PrivilegedNotes =
    [
        "Counseling session: {0} spoke for the first time about the nights at the motel and chose where to stop. We practised a grounding exercise; next session in a week.",
        "Counseling session: {0} is anxious about being asked to testify. We planned how to ask for a break and who will sit nearby.",
        "Counseling session: {0} talked about missing the friends from before. Sleep is better; nightmares twice this week instead of every night.",
    ];

    public static readonly DemoGoal[] MinorGoals =
    [
        new("I want to finish tenth grade at my school and not switch again.", "Keep the school placement; tutoring through the school counselor twice a week.", PlanDomain.Education),
        new("I want a phone he doesn't have the number for.", "New phone and number through the survivor-care program; privacy settings set up together.", PlanDomain.Safety),
        new("I want to talk to someone, but a woman, and just me.", "Referral to Beacon for individual trauma counseling with a female counselor.", PlanDomain.MentalHealth),
        new("I don't want to go back to the group home.", "Look for a relative or foster placement near the current school.", PlanDomain.Housing),
        new("I want a summer job so I have my own money.", "Summer youth employment application, filled in with the worker.", PlanDomain.Livelihood),
    ];

    public static readonly DemoGoal[] AdultGoals =
    [
        new("I want my own apartment, not a shelter.", "Transitional housing application; first month's rent from flexible funds.", PlanDomain.Housing),
        new("I want the old charges cleared so I can get hired.", "Vacatur petition with the legal-aid attorney.", PlanDomain.Legal),
        new("I want to get my GED and then try community college.", "Enrol in the adult-education GED class near work.", PlanDomain.Education),
        new("I want to talk to someone about what happened, but only a woman.", "Trauma counseling at Beacon with a female counselor.", PlanDomain.MentalHealth),
        new("I want a job with regular hours.", "Job-readiness program and an introduction to two employers.", PlanDomain.Livelihood),
    ];

    public static readonly string[] AgreedComments = ["That's what I said, yes.", "OK, as long as my mom isn't told where I am.", "Yes. Can we start next week?"];
    public const string DisagreedComment = "Not group sessions. Only one on one, or I'm not going.";

    public static readonly string[] FeedbackWords =
    [
        "The advocate actually listens. I just wish I didn't have to tell my story again to every new person.",
        "It's better since I have one worker who calls back. The court part still scares me.",
        "I liked that they asked me first before telling the school.",
    ];
}
