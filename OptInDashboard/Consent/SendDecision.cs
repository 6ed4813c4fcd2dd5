namespace OptInDashboard.Consent;

/// <summary>The send gate's answer: allowed, or refused with a reason an advisor can read.</summary>
public sealed record SendDecision(bool Allowed, string? Reason)
{
    public static readonly SendDecision Allow = new(true, null);
    public static SendDecision Refuse(string reason) => new(false, reason);
}
