namespace OptInDashboard.Consent;

/// <summary>An attempt to change consent in a way the rules forbid, such as staff opting a customer in.</summary>
public sealed class ConsentRuleViolation(string message) : InvalidOperationException(message);
