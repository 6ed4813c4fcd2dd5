namespace OptInDashboard.Accounts;

/// <summary>What an Admin changed: staff and their roles, the consent settings, keywords, reply wordings, groups.</summary>
public enum AdminChangeSubject
{
    Staff = 1,
    Settings = 2,
    Keywords = 3,
    ReplyTemplates = 4,
    Groups = 5,
    Contacts = 6,
}

/// <summary>
/// One row of the append-only record of Admins' changes (who, when, what, in words), beside the consent ledger:
/// a compliance officer can tell who turned "carrier confirms STOP" on, or who gave a manager their role.
/// </summary>
public class AdminChange
{
    public long Id { get; private set; }
    public int GroupId { get; private set; }

    /// <summary>The dealership changed; null for a change to the group (a group admin, a staff member's sign-in).</summary>
    public int? AccountId { get; private set; }

    public AdminChangeSubject Subject { get; private set; }
    public string Actor { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public DateTime OccurredAt { get; private set; }

    private AdminChange() { }

    public AdminChange(int groupId, int? accountId, AdminChangeSubject subject, string actor, string summary, DateTime occurredAt)
    {
        GroupId = groupId;
        AccountId = accountId;
        Subject = subject;
        Actor = actor;
        Summary = summary.Length > MaxSummary ? summary[..MaxSummary] : summary;
        OccurredAt = occurredAt;
    }

    public const int MaxSummary = 1000;
}
