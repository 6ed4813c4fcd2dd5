namespace OptInDashboard.Consent;

public enum KeywordAction
{
    OptOut = 1,
    /// <summary>Opt out of every line of the account (CTIA STOPALL).</summary>
    OptOutAll = 2,
    OptIn = 3,
    Help = 4,
    JoinGroup = 5,
    LeaveGroup = 6,
}

public static class KeywordActionText
{
    public static string Describe(this KeywordAction action) => action switch
    {
        KeywordAction.OptOut => "Opt out (this line)",
        KeywordAction.OptOutAll => "Opt out (every line)",
        KeywordAction.OptIn => "Opt in",
        KeywordAction.Help => "Help",
        KeywordAction.JoinGroup => "Join group",
        KeywordAction.LeaveGroup => "Leave group",
        _ => "Other",
    };
}
