namespace OptInDashboard.Accounts;

/// <summary>A settings change the rules refuse; its message is shown to the Admin as worded.</summary>
public sealed class SettingsRefused(string message) : InvalidOperationException(message);
