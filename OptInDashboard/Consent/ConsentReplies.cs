using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>The exact texts a customer receives when consent changes. No marketing, no footer.</summary>
public static class ConsentReplies
{
    public const string OptedOut = "This message has been detected as an opt-out message, and the system has opted you out of receiving text messages. Please send REJOIN or OPTIN to opt back in.";
    public const string StillOptedOut = "You are currently opted out of receiving texts. Please send OPTIN or REJOIN to opt back in.";
    public const string OptedBackIn = "Based on your previous message, you have opted back in.";

    public const string Help = "{line}: reply STOP to opt out of texts from this number. Msg&Data rates may apply.";
    public const string GroupWelcome = "You joined {group}. Reply LEAVE to leave, or STOP to opt out of all texts from this number.";
    public const string GroupLeft = "You left {group}. Reply JOIN to rejoin.";

    private static readonly Dictionary<(AutoReply, string), string> Defaults = new()
    {
        [(AutoReply.OptOutConfirmation, ReplyTemplate.English)] = OptedOut,
        [(AutoReply.StillOptedOut, ReplyTemplate.English)] = StillOptedOut,
        [(AutoReply.OptInConfirmation, ReplyTemplate.English)] = OptedBackIn,
        [(AutoReply.Help, ReplyTemplate.English)] = Help,
        [(AutoReply.GroupWelcome, ReplyTemplate.English)] = GroupWelcome,
        [(AutoReply.GroupLeft, ReplyTemplate.English)] = GroupLeft,
        [(AutoReply.OptOutConfirmation, ReplyTemplate.Spanish)] = "Este mensaje se detectó como una solicitud de baja y el sistema le dio de baja de los mensajes de texto. Envíe REJOIN u OPTIN para volver a suscribirse.",
        [(AutoReply.StillOptedOut, ReplyTemplate.Spanish)] = "Actualmente está dado de baja de los mensajes de texto. Envíe OPTIN o REJOIN para volver a suscribirse.",
        [(AutoReply.OptInConfirmation, ReplyTemplate.Spanish)] = "Según su mensaje anterior, volvió a suscribirse.",
        [(AutoReply.Help, ReplyTemplate.Spanish)] = "{line}: responda STOP para dejar de recibir mensajes de este número. Pueden aplicarse tarifas de mensajes y datos.",
    };

    /// <summary>The default wording of a reply; English where a language has none.</summary>
    public static string Default(AutoReply kind, string language) =>
        Defaults.TryGetValue((kind, language), out var text) ? text : Defaults[(kind, ReplyTemplate.English)];

    public static string Fill(string template, string lineName, string? groupName = null) =>
        template.Replace("{line}", lineName).Replace("{group}", groupName ?? "");

    /// <summary>The opted-out reminder goes at most once per this period per contact and line, so two auto-responders cannot loop.</summary>
    public static readonly TimeSpan StillOptedOutInterval = TimeSpan.FromHours(24);
}
