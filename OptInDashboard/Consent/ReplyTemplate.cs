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

    /// <summary>The languages our customers write in: replies have a default wording in each, and the language model tells them apart.</summary>
    public static readonly IReadOnlyList<string> Languages = [English, Spanish, "fr", "ko", "pt", "tl", "vi", "zh-Hans", "zh-Hant"];

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [English] = "English", [Spanish] = "Spanish", ["fr"] = "French", ["ko"] = "Korean", ["pt"] = "Portuguese", ["tl"] = "Tagalog",
        ["vi"] = "Vietnamese", ["zh-Hans"] = "Chinese (simplified)", ["zh-Hant"] = "Chinese (traditional)",
        ["mix"] = "Two languages mixed", ["und"] = "Not recorded",
    };

    /// <summary>"English" for "en": what staff read instead of the stored code.</summary>
    public static string LanguageName(string code) => Names.GetValueOrDefault(code, code);

    public int Id { get; set; }
    public int AccountId { get; set; }
    public AutoReply Kind { get; set; }
    public string Language { get; set; } = English;

    /// <summary>May use {line}, {group} and {dealership}.</summary>
    public required string Text { get; set; }
}
