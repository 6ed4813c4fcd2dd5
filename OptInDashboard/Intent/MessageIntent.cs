namespace OptInDashboard.Intent;

/// <summary>
/// What a customer's free text means for consent. Called MessageIntent rather than Intent: a type named
/// like its namespace makes every caller outside the namespace write <c>Intent.Intent</c>.
/// The numeric values are the model's class indices.
/// </summary>
public enum MessageIntent
{
    Other = 0,
    OptOut = 1,
    OptIn = 2,
    Help = 3,

    /// <summary>The texts reach someone else: "wrong number", "this isn't Maria". Stops texts to the number like an opt-out.</summary>
    WrongNumber = 4,

    /// <summary>
    /// Promotions refused, service texts welcome: "stop the specials, repair texts are fine". Until lines have a
    /// purpose (marketing or service) it opts out of the line like any opt-out.
    /// </summary>
    StopMarketing = 5,
}

public static class MessageIntentLabels
{
    /// <summary>The labels of the training data and the CLI, in class-index order.</summary>
    public static readonly IReadOnlyList<string> All = ["other", "opt-out", "opt-in", "help", "wrong-number", "stop-marketing"];

    public const int Count = 6;

    public static string ToLabel(this MessageIntent intent) => All[(int)intent];

    public static bool TryParse(string label, out MessageIntent intent)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == label)
            {
                intent = (MessageIntent)i;
                return true;
            }
        }
        intent = MessageIntent.Other;
        return false;
    }

    /// <summary>What staff read instead of the label.</summary>
    public static string Describe(this MessageIntent intent) => intent switch
    {
        MessageIntent.OptOut => "Stop texting me",
        MessageIntent.OptIn => "Text me again",
        MessageIntent.Help => "A question about the texts",
        MessageIntent.WrongNumber => "Wrong number",
        MessageIntent.StopMarketing => "No promotions",
        _ => "Anything else",
    };

    /// <summary>The intents that end texting to the number: each is a revocation of consent under the FCC's 2024 rule.</summary>
    public static bool Revokes(this MessageIntent intent) => intent is MessageIntent.OptOut or MessageIntent.WrongNumber or MessageIntent.StopMarketing;
}
