namespace OptInDashboard.Intent.Learning;

/// <summary>A candidate model that cannot be read, compared or activated; its message is shown to the Admin as worded.</summary>
public sealed class ModelActivationRefused(string message) : InvalidOperationException(message);
