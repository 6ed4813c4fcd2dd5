using Microsoft.EntityFrameworkCore;
using OptInDashboard.Consent;
using OptInDashboard.Data;
using OptInDashboard.Tests.Infrastructure;

namespace OptInDashboard.Tests.ConsentRules;

/// <summary>Rule 7: groups with join and leave words; leaving tags the contact; membership never overrides an opt-out.</summary>
public sealed class Rule07_GroupsAndTagsTests : IDisposable
{
    private readonly TestApp _app = new(dispatchInBackground: false);
    private readonly ThreadDriver _maria;

    public Rule07_GroupsAndTagsTests() => _maria = new ThreadDriver(_app, "+15555550111");

    [Fact]
    public async Task JoinAddsTheContactAndRepliesWithAWelcomeThatSaysHowToOptOut()
    {
        await _maria.CustomerTexts("JOIN");
        await _app.DispatchNowAsync();

        Assert.True(await IsMember());
        var welcome = Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.GroupWelcome);
        Assert.Equal(MessageStatus.Delivered, welcome.Status);
        Assert.Contains("Service specials", welcome.Text);
        Assert.Contains("STOP to opt out", welcome.Text);
    }

    [Fact]
    public async Task LeaveRemovesAndTagsTheContactAndRepliesWithHowToRejoin()
    {
        await _maria.CustomerTexts("JOIN");
        await _maria.CustomerTexts("leave");

        Assert.False(await IsMember());
        var (contactId, _) = await _maria.Ids();
        await using var db = _app.CreateDbContext();
        Assert.Contains(await db.ContactTags.Where(t => t.ContactId == contactId).Select(t => t.Name).ToListAsync(), t => t == "left: Service specials");
        var left = Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.GroupLeft);
        Assert.Contains("JOIN to rejoin", left.Text);
    }

    [Fact]
    public async Task GroupMembershipNeverOverridesALineOptOut()
    {
        await _maria.CustomerTexts("JOIN");
        await _maria.CustomerTexts("STOP");
        var (_, lineId) = await _maria.Ids();
        await using var db = _app.CreateDbContext();
        var groupId = await db.Groups.Where(g => g.AccountId == Staff.Riverside).Select(g => g.Id).SingleAsync();
        var james = new ThreadDriver(_app, "+15555550112");
        await james.CustomerTexts("JOIN");

        var sent = await _app.Get<OptInDashboard.Messaging.AdvisorSender>().SendToGroupAsync(groupId, lineId, "Oil change special: $39", Staff.Manager);

        var (mariaId, _) = await _maria.Ids();
        var (jamesId, _) = await james.Ids();
        Assert.Equal(2, sent.Count);
        Assert.Equal(MessageStatus.Blocked, sent.Single(m => m.ContactId == mariaId).Status);
        Assert.Equal(MessageStatus.Queued, sent.Single(m => m.ContactId == jamesId).Status);
    }

    [Fact]
    public async Task AnOptedOutContactTextingJoinIsNotAddedAndIsRemindedTheyAreOptedOut()
    {
        await _maria.CustomerTexts("STOP");
        await _maria.CustomerTexts("JOIN");

        Assert.False(await IsMember());
        Assert.Single(await _maria.Messages(), m => m.AutoReply == AutoReply.StillOptedOut);
    }

    private async Task<bool> IsMember()
    {
        var (contactId, _) = await _maria.Ids();
        await using var db = _app.CreateDbContext();
        return await db.GroupMembers.AnyAsync(m => m.ContactId == contactId);
    }

    public void Dispose() => _app.Dispose();
}
