using System.Globalization;
using OptInDashboard.Consent;

namespace OptInDashboard.Reports;

/// <summary>A ledger row's evidence as a manager reads it: who acted, and the intent model's view as a sentence, not its features.</summary>
public static class EvidenceWords
{
    public static string Who(this ConsentEvent e) => e.Actor switch
    {
        ConsentEvidence.CustomerActor => "The customer",
        ConsentEvidence.CarrierActor => "The carrier",
        var staff => staff,
    };

    /// <summary>"The wording looks like a request to stop texts (83% sure)"; null when the model had no say.</summary>
    public static string? ModelReason(this ConsentEvent e) => e.ModelScore is { } score
        ? $"The wording looks like a request to stop texts ({Math.Round(score * 100).ToString(CultureInfo.InvariantCulture)}% sure)"
        : null;
}
