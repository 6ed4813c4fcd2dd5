namespace OptInDashboard.Consent;

/// <summary>
/// The send gate's answer: allowed, refused with a reason an advisor can read, or allowed but held (a marketing text
/// outside the recipient's quiet hours or over a cap) until <see cref="HeldUntil"/>, with the reason.
/// </summary>
public sealed record SendDecision(bool Allowed, string? Reason, DateTime? HeldUntil = null)
{
    public static readonly SendDecision Allow = new(true, null);
    public static SendDecision Refuse(string reason) => new(false, reason);
    public static SendDecision Hold(MarketingHours.Hold hold) => new(true, hold.Reason, hold.Until);
}
