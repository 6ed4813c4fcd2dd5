using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Intent;
using OptInDashboard.Intent.Learning;
using OptInDashboard.Intent.Model;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.Intent.Learning;

/// <summary>
/// A candidate model replaces the one in use only when it is no worse on the same messages, only by an Admin's
/// hand, recorded, at once, and for good: a restart or another instance uses the same model.
/// </summary>
public sealed class ModelActivationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("optin-activation-").FullName;
    private readonly List<TestApp> _apps = [];

    /// <summary>An app whose shipped model is the small one, over a database file other instances may share.</summary>
    private TestApp Instance()
    {
        var app = new ConfiguredTestApp(new Dictionary<string, string?>
        {
            ["Intent:ModelPath"] = CandidateModels.SmallFile,
            ["Database:Provider"] = "Sqlite", // a SQLite file of its own, whichever provider the run tests
            ["ConnectionStrings:Consent"] = $"Data Source={Path.Combine(_folder, "shared.db")}",
        });
        _apps.Add(app);
        _ = app.Services; // started: migrated, seeded, and the newest activation in use
        return app;
    }

    private static string SmallVersion => IntentModelFile.Read(CandidateModels.Small, "small").Version;

    [Fact]
    public async Task ACandidateWorseThanTheModelInUseCannotBeActivated()
    {
        var app = Instance();
        var activator = app.Get<IntentModelActivator>();

        var review = await activator.ReviewAsync(CandidateModels.Worse, "worse.zip");

        Assert.False(review.Comparison.NoWorse);
        Assert.Contains(review.Comparison.WhyWorse, reason => reason.StartsWith(ModelComparer.TestSet + ": catches fewer requests to stop"));
        var refused = await Assert.ThrowsAsync<ModelActivationRefused>(() =>
            activator.ActivateAsync(Staff.GroupAdmin, CandidateModels.Worse, "worse.zip", SmallVersion, "Trying it"));
        Assert.Contains("worse than the model in use", refused.Message);
        Assert.Equal(SmallVersion, app.Get<IIntentClassifier>().ModelVersion);
        await using var db = app.CreateDbContext();
        Assert.Empty(db.IntentModelActivations);
    }

    [Fact]
    public async Task ACandidateNoWorseIsActivatedByAnAdminAndReadsTheNextCustomerTextAtOnce()
    {
        var app = Instance();
        var activator = app.Get<IntentModelActivator>();
        var review = await activator.ReviewAsync(CandidateModels.SmallRetrained, "retrained.zip");
        Assert.True(review.Comparison.NoWorse, string.Join("; ", review.Comparison.WhyWorse));

        await activator.ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "retrained.zip", SmallVersion, "Retrained with last week's decisions");

        Assert.Equal(review.Model.Version, app.Get<IIntentClassifier>().ModelVersion);
        Assert.NotEqual(SmallVersion, review.Model.Version);
        var maria = new ThreadDriver(app, "+15555550111");
        await maria.CustomerTexts("please stop texting me, I don't want any more messages");
        var row = Assert.Single(await maria.Ledger(), e => e.Cause == ConsentCause.IntentModel);
        Assert.Equal(review.Model.Version, row.ModelVersion);
    }

    [Fact]
    public async Task OnlyAGroupAdminCanActivateAModel_ItReadsEveryDealershipsTexts()
    {
        var app = Instance();

        var refused = await Assert.ThrowsAsync<ModelActivationRefused>(() => app.Get<IntentModelActivator>()
            .ActivateAsync(Staff.Admin, CandidateModels.SmallRetrained, "retrained.zip", SmallVersion, "I am one dealership's Admin"));

        Assert.Equal("Only a group admin can change the intent model: it reads every dealership's texts.", refused.Message);
        Assert.Equal(SmallVersion, app.Get<IIntentClassifier>().ModelVersion);
    }

    [Fact]
    public async Task AnActivationNeedsANoteSayingWhy()
    {
        var app = Instance();

        var refused = await Assert.ThrowsAsync<ModelActivationRefused>(() => app.Get<IntentModelActivator>()
            .ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "retrained.zip", SmallVersion, "  "));

        Assert.StartsWith("Say why", refused.Message);
    }

    [Fact]
    public async Task AnActivationIsRecordedWithWhoWhenWhyTheFileAndTheFiguresThatAllowedIt()
    {
        var app = Instance();
        var before = DateTime.UtcNow;

        await app.Get<IntentModelActivator>().ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "C:\\models\\retrained.zip", SmallVersion, "Retrained");

        await using var db = app.CreateDbContext();
        var row = Assert.Single(db.IntentModelActivations);
        var candidateVersion = IntentModelFile.Read(CandidateModels.SmallRetrained, "retrained").Version;
        Assert.Equal((1, candidateVersion, SmallVersion, "groupadmin@demo.local", "Retrained"), (row.Sequence, row.ModelVersion, row.ReplacedVersion, row.ActivatedBy, row.Note));
        Assert.InRange(row.ActivatedAt, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(CandidateModels.SmallRetrained, row.ModelFile);
        var comparison = JsonSerializer.Deserialize<ModelComparison>(row.Comparison)!;
        Assert.Equal((SmallVersion, candidateVersion), (comparison.ActiveVersion, comparison.CandidateVersion));
        Assert.Equal([ModelComparer.TestSet, ModelComparer.MultilingualSet, ModelComparer.DecisionsSet], comparison.Sets.Select(s => s.Name));
        Assert.True(comparison.NoWorse);
    }

    [Fact]
    public async Task TheRecordOfActivationsIsAppendOnly()
    {
        var app = Instance();
        await app.Get<IntentModelActivator>().ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "retrained.zip", SmallVersion, "Retrained");

        await using var db = app.CreateDbContext();
        db.IntentModelActivations.Remove(await db.IntentModelActivations.SingleAsync());

        Assert.Throws<ConsentRuleViolation>(() => db.SaveChanges());
    }

    [Theory]
    [InlineData("UPDATE IntentModelActivations SET ActivatedBy = 'someone else'")]
    [InlineData("DELETE FROM IntentModelActivations")]
    public async Task TheRecordOfActivationsIsAppendOnlyEvenWithRawSql(string sql)
    {
        var app = Instance();
        await app.Get<IntentModelActivator>().ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "retrained.zip", SmallVersion, "Retrained");

        await using var db = app.CreateDbContext();
        var refused = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.ExecuteSqlRawAsync(sql));

        Assert.Contains("append-only", refused.Message);
        Assert.Equal("groupadmin@demo.local", (await db.IntentModelActivations.AsNoTracking().SingleAsync()).ActivatedBy);
    }

    [Fact]
    public async Task TheActivatedModelIsStillInUseAfterARestart()
    {
        var first = Instance();
        var activation = await first.Get<IntentModelActivator>().ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "retrained.zip", SmallVersion, "Retrained");
        first.Dispose();

        var restarted = Instance();

        Assert.Equal(activation.ModelVersion, restarted.Get<IIntentClassifier>().ModelVersion);
        Assert.Equal(activation.Sequence, restarted.Get<ActiveIntentModel>().Current.Activation?.Sequence);
    }

    [Fact]
    public async Task AnActivationOnAnotherInstanceIsPickedUp()
    {
        var (one, other) = (Instance(), Instance());

        var activation = await one.Get<IntentModelActivator>().ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "retrained.zip", SmallVersion, "Retrained");

        Assert.True(await other.Get<IntentModelActivator>().FollowAsync());
        Assert.Equal(activation.ModelVersion, other.Get<IIntentClassifier>().ModelVersion);
        Assert.False(await other.Get<IntentModelActivator>().FollowAsync());
    }

    [Fact]
    public async Task TwoAdminsActivatingOnTwoInstancesAtOnceCannotBothWin()
    {
        var (one, other) = (Instance(), Instance());
        await one.Get<IntentModelActivator>().ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "retrained.zip", SmallVersion, "Retrained");

        // The other instance has not looked yet: it still has the small model in use, and compares with that.
        var refused = await Assert.ThrowsAsync<ModelActivationRefused>(() => other.Get<IntentModelActivator>()
            .ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "retrained.zip", SmallVersion, "Retrained, on the other instance"));

        Assert.Contains("at the same moment", refused.Message);
        await using var db = one.CreateDbContext();
        Assert.Single(db.IntentModelActivations);
    }

    [Fact]
    public async Task ACandidateComparedWithAnotherModelThanTheOneInUseMustBeComparedAgain()
    {
        var app = Instance();

        var refused = await Assert.ThrowsAsync<ModelActivationRefused>(() => app.Get<IntentModelActivator>()
            .ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "retrained.zip", comparedWith: "intent-v2+00000000", "Retrained"));

        Assert.Contains("compare the candidate again", refused.Message);
    }

    [Fact]
    public async Task TheModelInUseIsNotActivatedAgain()
    {
        var app = Instance();

        var refused = await Assert.ThrowsAsync<ModelActivationRefused>(() => app.Get<IntentModelActivator>()
            .ActivateAsync(Staff.GroupAdmin, CandidateModels.Small, "small.zip", SmallVersion, "Again"));

        Assert.Equal($"{SmallVersion} is already the model in use.", refused.Message);
    }

    [Fact]
    public async Task ADamagedFileOrTheLanguageModelIsRefusedWithItsNameAndWhy()
    {
        var activator = Instance().Get<IntentModelActivator>();

        var damaged = await Assert.ThrowsAsync<ModelActivationRefused>(() => activator.ReviewAsync(CandidateModels.Small[..1000], "damaged.zip"));
        var language = await Assert.ThrowsAsync<ModelActivationRefused>(() =>
            activator.ReviewAsync(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Intent", "Model", "language-model-v1.zip")), "language-model-v1.zip"));

        Assert.StartsWith("The model damaged.zip cannot be read", damaged.Message);
        Assert.Equal("The model language-model-v1.zip cannot be read: its classes differ from this app's.", language.Message);
    }

    [Fact]
    public async Task AnActivationThisVersionCannotReadLeavesTheModelInUseAndSaysWhy()
    {
        var app = Instance();
        await using (var db = app.CreateDbContext())
        {
            db.IntentModelActivations.Add(new IntentModelActivation(1, "intent-v9+12345678", SmallVersion, CandidateModels.Small[..1000], "future.zip",
                "admin@demo.local", DateTime.UtcNow, "From a later version of the app", "{}"));
            await db.SaveChangesAsync();
        }
        var activator = app.Get<IntentModelActivator>();

        Assert.False(await activator.FollowAsync());

        Assert.Equal(SmallVersion, app.Get<IIntentClassifier>().ModelVersion);
        Assert.Equal(1, activator.Unreadable?.Sequence);
        Assert.Contains("cannot be read", activator.Unreadable?.Reason);
    }

    [Fact]
    public async Task TheModelThatShipsWithTheAppIsTheWayBackAfterAnActivation()
    {
        var app = Instance();
        var activator = app.Get<IntentModelActivator>();
        var retrained = await activator.ActivateAsync(Staff.GroupAdmin, CandidateModels.SmallRetrained, "retrained.zip", SmallVersion, "Retrained");

        var review = await activator.ReviewShippedAsync();
        await activator.ActivateAsync(Staff.GroupAdmin, review.File, review.FileName, retrained.ModelVersion, "Back to the shipped model");

        Assert.Equal((retrained.ModelVersion, SmallVersion), (review.Comparison.ActiveVersion, review.Comparison.CandidateVersion));
        Assert.Equal(SmallVersion, app.Get<IIntentClassifier>().ModelVersion);
        await using var db = app.CreateDbContext();
        Assert.Equal([1, 2], db.IntentModelActivations.OrderBy(a => a.Sequence).Select(a => a.Sequence));
    }

    public void Dispose()
    {
        foreach (var app in _apps) app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
