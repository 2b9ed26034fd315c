namespace Hartline.Features;

/// <summary>
/// The second step before anything ends, is withdrawn, removed, merged or undone: a page of its own (so it works
/// without JavaScript) that says what will happen, with "Yes, …" and "Cancel". The form posts to the action's
/// own handler, which still checks the user's right and the antiforgery token; this page only asks.
/// Rendered by Shared/_Confirm.cshtml.
/// </summary>
/// <param name="Question">The page's heading: "Withdraw this consent?".</param>
/// <param name="WhatHappens">What the action will do, one sentence a line.</param>
/// <param name="Yes">The button: "Yes, withdraw the consent".</param>
/// <param name="Action">Where the form posts: the action's existing handler, with its route values.</param>
/// <param name="CancelHref">Back to where the person came from, nothing changed.</param>
/// <param name="Fields">Inputs the action takes (a reason, a date), rendered inside the form before the buttons.</param>
public sealed record Confirmation(string Question, IReadOnlyList<string> WhatHappens, string Yes, string Action, string CancelHref,
    Func<object?, object>? Fields = null);
