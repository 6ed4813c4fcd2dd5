using System.Text.RegularExpressions;

namespace OptInDashboard.Consent;

/// <summary>A text no person typed: the carrier's notice about a delivery, or the customer's phone or mailbox answering for them.</summary>
public enum AutomatedTextKind
{
    /// <summary>"NETWORK MSG: …", "Free Msg: Unable to send message - Message Blocking is active": the carrier's words, not the customer's.</summary>
    CarrierNotice = 1,

    /// <summary>Driving Focus, "I'm driving right now", "Auto-reply: …", out of office: the customer's own auto-responder.</summary>
    AutoResponder = 2,
}

/// <summary>
/// Recognises automated texts so that two auto-responders can never loop (CTIA's Messaging Principles: a reply to every
/// text of a machine that replies to every text goes on forever). A carrier notice changes no consent and gets no
/// answer; an auto-responder's words still count (it may say the number changed hands) but get no answer beyond the
/// confirmation a consent change requires.
/// </summary>
public static partial class AutomatedText
{
    public static AutomatedTextKind? Recognise(string text) =>
        CarrierNotice().IsMatch(text) ? AutomatedTextKind.CarrierNotice
        : AutoResponder().IsMatch(text) ? AutomatedTextKind.AutoResponder
        : null;

    [GeneratedRegex(@"^\W*(network\s+msg|free\s+msg|carrier\s+msg)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CarrierNotice();

    [GeneratedRegex(@"^\W*(auto[\s-]?(reply|response)|automatic\s+reply|automated\s+(reply|response|message)|out\s+of\s+(the\s+)?office)\b"
        + @"|\bI['’]?m\s+driving\s+(with\s+(Driving\s+Focus|Do\s+Not\s+Disturb)|right\s+now)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AutoResponder();
}
