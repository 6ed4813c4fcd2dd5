using OptInDashboard.Data;

namespace OptInDashboard.Consent;

/// <summary>
/// An account's own wording of an automatic reply in one language. Where an account has none, the
/// defaults in <see cref="ConsentReplies"/> apply.
/// </summary>
public class ReplyTemplate
{
    public const string English = "en";
    public const string Spanish = "es";

    public static readonly IReadOnlyList<string> Languages = [English, Spanish];

    /// <summary>"English" for "en": what staff read instead of the stored code.</summary>
    public static string LanguageName(string code) => code switch
    {
        English => "English",
        Spanish => "Spanish",
        _ => code,
    };

    public int Id { get; set; }
    public int AccountId { get; set; }
    public AutoReply Kind { get; set; }
    public string Language { get; set; } = English;

    /// <summary>May use {line} and {group}.</summary>
    public required string Text { get; set; }
}
