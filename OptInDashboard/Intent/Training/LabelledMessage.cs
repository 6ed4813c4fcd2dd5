namespace OptInDashboard.Intent.Training;

public sealed record LabelledMessage(MessageIntent Intent, string Text);
