namespace OptInDashboard.Intent;

/// <summary>What the consent service does with an inbound text that is not an exact keyword.</summary>
public enum IntentAction
{
    None,
    OptOut,
    OptIn,
    Help,

    /// <summary>A possible opt-out: sending pauses and a manager decides.</summary>
    Review,
}

public static class IntentActionLabels
{
    public static string ToLabel(this IntentAction action) => action switch
    {
        IntentAction.OptOut => "opt-out",
        IntentAction.OptIn => "opt-in",
        IntentAction.Help => "help",
        IntentAction.Review => "review",
        _ => "none",
    };
}
