using Microsoft.Extensions.Options;

namespace OptInDashboard.Intent;

/// <summary>Refuses thresholds that would silently change who gets opted out, with a message naming the setting.</summary>
public sealed class IntentOptionsValidator : IValidateOptions<IntentOptions>
{
    public ValidateOptionsResult Validate(string? name, IntentOptions options)
    {
        var failures = new List<string>();
        if (!IsProbability(options.OptOutThreshold))
            failures.Add($"Intent:OptOutThreshold must be above 0 and at most 1 (was {options.OptOutThreshold}).");
        if (!IsProbability(options.ReviewThreshold))
            failures.Add($"Intent:ReviewThreshold must be above 0 and at most 1 (was {options.ReviewThreshold}).");
        if (options.ReviewThreshold > options.OptOutThreshold)
            failures.Add($"Intent:ReviewThreshold ({options.ReviewThreshold}) must not be above Intent:OptOutThreshold ({options.OptOutThreshold}).");
        if (!IsProbability(options.OptInThreshold))
            failures.Add($"Intent:OptInThreshold must be above 0 and at most 1 (was {options.OptInThreshold}).");
        if (string.IsNullOrWhiteSpace(options.ModelPath))
            failures.Add("Intent:ModelPath must name the model file.");
        if (string.IsNullOrWhiteSpace(options.LanguageModelPath))
            failures.Add("Intent:LanguageModelPath must name the language model file.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // NaN fails both comparisons, so it is refused too.
    private static bool IsProbability(double value) => value > 0 && value <= 1;
}
