namespace OptInDashboard.Intent.Training;

/// <param name="Language">The language the message is written in (en, es, vi, zh-Hans…), or mix.</param>
public sealed record LabelledMessage(MessageIntent Intent, string Text, string Language = "en");
