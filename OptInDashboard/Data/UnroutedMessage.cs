namespace OptInDashboard.Data;

/// <summary>
/// A text the provider delivered for a number that is not one of our lines. Kept (not dropped) so an
/// Admin can see a misconfigured number or a line that was never set up.
/// </summary>
public class UnroutedMessage
{
    public long Id { get; set; }

    /// <summary>The provider's id for the delivery; unique, so a repeated webhook stores nothing new.</summary>
    public required string ProviderMessageId { get; set; }

    /// <summary>E.164.</summary>
    public required string From { get; set; }

    /// <summary>E.164: the number it was sent to, which matched no line.</summary>
    public required string To { get; set; }

    public required string Text { get; set; }

    /// <summary>The dealer group whose Vonage account received it, when that is known; only its group admins see it.</summary>
    public int? GroupId { get; set; }
    public DateTime ReceivedAt { get; set; }
}
