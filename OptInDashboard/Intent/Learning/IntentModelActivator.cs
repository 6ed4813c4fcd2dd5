using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Accounts;
using OptInDashboard.Data;
using OptInDashboard.Intent.Model;
using OptInDashboard.Intent.Training;

namespace OptInDashboard.Intent.Learning;

/// <summary>A candidate model file as read, and how it compares with the model in use.</summary>
public sealed record CandidateReview(LoadedIntentModel Model, string FileName, byte[] File, ModelComparison Comparison);

/// <summary>
/// Puts a new intent model in use: an Admin uploads a candidate, sees it beside the model in use on the same
/// messages, and activates it only when it is no worse. Each activation is recorded (who, when, why, the
/// figures, the file) and takes effect at once; at start-up and every <see cref="FollowInterval"/> the newest
/// activation is picked up, so a restart or another instance uses the same model.
/// </summary>
public sealed class IntentModelActivator(
    DealershipDb databases,
    WriteGate writeGate,
    ActiveIntentModel active,
    ModelComparer comparer,
    TimeProvider clock,
    ILogger<IntentModelActivator> logger)
{
    /// <summary>The issue's bound on a model file; today's is under 1 MB.</summary>
    public const long LargestFile = 25 * 1024 * 1024;

    public const int LongestNote = 1000;

    public static readonly TimeSpan FollowInterval = TimeSpan.FromSeconds(30);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The newest activation when it could not be read (e.g. made for another version of the app): the model in use stays.</summary>
    public (int Sequence, string Reason)? Unreadable { get; private set; }

    /// <exception cref="ModelActivationRefused">The file is not an intent model this app can use, or nothing can be compared.</exception>
    public async Task<CandidateReview> ReviewAsync(byte[] file, string fileName, CancellationToken ct = default)
    {
        var candidate = Read(file, fileName);
        var inUse = active.Current;
        var decisions = await DecisionsAsync(ct);
        // A few hundred milliseconds of scoring: off the caller's thread, so a page's circuit stays responsive.
        var comparison = await Task.Run(() => comparer.Compare(inUse.Classifier, new IntentClassifier(candidate), decisions), ct);
        return new CandidateReview(candidate, fileName, file, comparison);
    }

    /// <summary>The model file that ships with this version of the app, as a candidate: the way back after an activation.</summary>
    public Task<CandidateReview> ReviewShippedAsync(CancellationToken ct = default) =>
        ReviewAsync(File.ReadAllBytes(active.ShippedPath), active.ShippedPath, ct);

    /// <param name="comparedWith">The version the Admin saw the candidate compared with: if another Admin activated a model since, the comparison is stale.</param>
    /// <exception cref="ModelActivationRefused">Not a group admin, no note, already in use, compared with another model, or worse than the model in use.</exception>
    public async Task<IntentModelActivation> ActivateAsync(ClaimsPrincipal admin, byte[] file, string fileName, string comparedWith, string note, CancellationToken ct = default)
    {
        var name = admin.Identity?.Name;
        if (string.IsNullOrEmpty(name) || !admin.IsInRole(Roles.GroupAdmin))
        {
            IntentLog.ActivationRefused(logger, name ?? "anonymous", "not a group admin");
            throw new ModelActivationRefused("Only a group admin can change the intent model: it reads every dealership's texts.");
        }
        if (string.IsNullOrWhiteSpace(note)) throw new ModelActivationRefused("Say why this model is activated: the note is kept with the record.");
        if (note.Trim().Length > LongestNote) throw new ModelActivationRefused($"The note is {note.Trim().Length:N0} characters long; at most {LongestNote:N0} are kept.");

        // Compared again here, against the model in use now, whatever the page showed.
        var review = await ReviewAsync(file, fileName, ct);
        var inUse = active.Current;
        if (review.Model.Version == inUse.Model.Version)
            throw new ModelActivationRefused($"{review.Model.Version} is already the model in use.");
        if (inUse.Model.Version != comparedWith)
            throw new ModelActivationRefused($"Another model, {inUse.Model.Version}, was put in use since this comparison was made: compare the candidate again.");
        if (review.Comparison.WhyWorse is { Count: > 0 } worse)
        {
            IntentLog.ActivationRefused(logger, name, "worse than the model in use");
            throw new ModelActivationRefused($"{review.Model.Version} is worse than the model in use, so it cannot be activated: {string.Join("; ", worse)}.");
        }

        await using var db = databases.ForEveryDealership();
        // The next after the newest this instance knows of; if another instance activated one since, the unique sequence refuses this.
        var activation = new IntentModelActivation(
            sequence: Math.Max(inUse.Activation?.Sequence ?? 0, Unreadable?.Sequence ?? 0) + 1,
            review.Model.Version, inUse.Model.Version, file, ShortName(fileName), name, clock.GetUtcNow().UtcDateTime, note.Trim(),
            JsonSerializer.Serialize(review.Comparison, Json));
        db.IntentModelActivations.Add(activation);
        try
        {
            using (await writeGate.EnterAsync(ct))
                await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The sequence is unique: another Admin, maybe on another instance, activated a model at the same moment.
            throw new ModelActivationRefused("Another model was activated at the same moment: compare the candidate again.");
        }
        active.Use(review.Model, activation);
        IntentLog.ModelActivated(logger, review.Model.Version, inUse.Model.Version, name, activation.Sequence);
        return activation;
    }

    /// <summary>Every activation, newest first, without the model files.</summary>
    public async Task<IReadOnlyList<ActivationRow>> HistoryAsync(CancellationToken ct = default)
    {
        await using var db = databases.ForEveryDealership();
        return await db.IntentModelActivations.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new ActivationRow(a.Sequence, a.ModelVersion, a.ReplacedVersion, a.FileName, a.ActivatedBy, a.ActivatedAt, a.Note))
            .ToListAsync(ct);
    }

    /// <summary>Puts the newest activation in use if it is not already; true when that changed the model.</summary>
    public async Task<bool> FollowAsync(CancellationToken ct = default)
    {
        await using var db = databases.ForEveryDealership();
        var latest = await LatestSequenceAsync(db, ct);
        if (latest == 0 || latest == active.Current.Activation?.Sequence || latest == Unreadable?.Sequence) return false;
        var activation = await db.IntentModelActivations.AsNoTracking().SingleAsync(a => a.Sequence == latest, ct);
        try
        {
            var model = Read(activation.ModelFile, $"activation {activation.Sequence} ({activation.FileName})");
            active.Use(model, activation);
            Unreadable = null;
            IntentLog.ActivationFollowed(logger, model.Version, activation.Sequence, activation.ActivatedBy);
            return true;
        }
        catch (ModelActivationRefused ex)
        {
            Unreadable = (activation.Sequence, ex.Message);
            IntentLog.ActivationUnreadable(logger, activation.Sequence, ex.Message, active.ModelVersion);
            return false;
        }
    }

    private static async Task<int> LatestSequenceAsync(ConsentDbContext db, CancellationToken ct) =>
        await db.IntentModelActivations.MaxAsync(a => (int?)a.Sequence, ct) ?? 0;

    private async Task<IReadOnlyList<LabelledMessage>> DecisionsAsync(CancellationToken ct)
    {
        await using var db = databases.ForEveryDealership();
        return (await DecidedExamples.ReadAsync(db, ct: ct)).Select(e => e.ToLabelled()).ToList();
    }

    /// <summary>The name only, as the record keeps it: a browser sends no folder, a path on the server has one.</summary>
    private static string ShortName(string fileName) => Path.GetFileName(fileName) is { Length: > 260 } longName ? longName[..260] : Path.GetFileName(fileName);

    private static LoadedIntentModel Read(byte[] file, string fileName)
    {
        LoadedIntentModel model;
        try
        {
            model = IntentModelFile.Read(file, fileName);
        }
        catch (InvalidDataException ex)
        {
            throw new ModelActivationRefused(ex.Message);
        }
        if (model.Metadata.Name != IntentModelFile.Name)
            throw new ModelActivationRefused($"The model {fileName} is a \"{model.Metadata.Name}\" model, not an intent model (\"{IntentModelFile.Name}\").");
        return model;
    }
}

/// <summary>One activation as the Admin page lists it.</summary>
public sealed record ActivationRow(int Sequence, string ModelVersion, string ReplacedVersion, string FileName, string ActivatedBy, DateTime ActivatedAt, string Note);
