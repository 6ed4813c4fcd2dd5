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
