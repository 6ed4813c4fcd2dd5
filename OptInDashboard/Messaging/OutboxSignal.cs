namespace OptInDashboard.Messaging;

/// <summary>Wakes the outbox dispatcher when the outbox gained a message.</summary>
public sealed class OutboxSignal : WakeSignal;
