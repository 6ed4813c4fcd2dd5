namespace OptInDashboard.Accounts;

/// <summary>A change to staff the rules refuse; its message is shown to the Admin as worded.</summary>
public sealed class StaffChangeRefused(string message) : InvalidOperationException(message);
