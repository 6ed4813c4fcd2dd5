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
}

public static class MessageIntentLabels
{
    /// <summary>The labels of the training data and the CLI, in class-index order.</summary>
    public static readonly IReadOnlyList<string> All = ["other", "opt-out", "opt-in", "help"];

    public static int Count => All.Count;

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
}
