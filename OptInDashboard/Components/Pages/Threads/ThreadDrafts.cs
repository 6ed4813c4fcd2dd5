namespace OptInDashboard.Components.Pages.Threads;

/// <summary>One thread: a contact on a line.</summary>
public readonly record struct ThreadKey(int ContactId, int LineId);

/// <summary>
/// What an advisor has typed and not sent, per thread, for as long as their circuit lives (a scoped
/// service). A draft is read and written only under its own thread's key, so it can never be shown in,
/// or sent to, another customer's thread.
/// </summary>
public sealed class ThreadDrafts
{
    private readonly Dictionary<ThreadKey, string> _drafts = [];

    public string Get(ThreadKey thread) => _drafts.GetValueOrDefault(thread, "");

    public void Set(ThreadKey thread, string? text)
    {
        if (string.IsNullOrEmpty(text)) _drafts.Remove(thread);
        else _drafts[thread] = text;
    }

    /// <summary>After a send: clears the draft unless the advisor already typed something new meanwhile.</summary>
    public void Sent(ThreadKey thread, string sentText)
    {
        if (Get(thread) == sentText) _drafts.Remove(thread);
    }
}
