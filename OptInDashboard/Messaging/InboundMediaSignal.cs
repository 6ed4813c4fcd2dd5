namespace OptInDashboard.Messaging;

/// <summary>Wakes the media fetcher when an inbound message brought an attachment to download.</summary>
public sealed class InboundMediaSignal : WakeSignal;
