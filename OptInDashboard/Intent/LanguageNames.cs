namespace OptInDashboard.Intent;

/// <summary>The languages of the training data, in words for the Admin page.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["en"] = "English", ["es"] = "Spanish", ["vi"] = "Vietnamese", ["zh-Hans"] = "Chinese (simplified)",
        ["zh-Hant"] = "Chinese (traditional)", ["ko"] = "Korean", ["tl"] = "Tagalog", ["pt"] = "Portuguese",
        ["fr"] = "French", ["mix"] = "Two languages mixed", ["und"] = "Not recorded",
    };

    public static string Describe(string code) => Names.GetValueOrDefault(code, code);
}
