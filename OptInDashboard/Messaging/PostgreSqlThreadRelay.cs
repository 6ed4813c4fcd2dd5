using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Npgsql;

namespace OptInDashboard.Messaging;

/// <summary>
/// Live updates across app instances on one PostgreSQL: what this instance commits goes out with NOTIFY on one
/// channel, and what the others commit comes in by LISTEN and reaches this instance's pages through
/// <see cref="ThreadEvents"/> as if it had happened here. Forwarding never waits (a bounded queue, sent by its
/// own loop). Whenever changes may have been missed (the queue overflowed, a NOTIFY failed, the listening
/// connection dropped), the pages concerned are told to reload whole instead: late, never wrong.
/// </summary>
public sealed class PostgreSqlThreadRelay(NpgsqlDataSource database, ThreadEvents threads, ILogger<PostgreSqlThreadRelay> logger) : BackgroundService
{
    public const string Channel = "optin_thread_changes";
    private const string Everything = "*";
    private const int ChangesPerNotification = 300; // about 20 bytes each: well under PostgreSQL's 8,000-byte payload
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

    private readonly string _instance = Guid.NewGuid().ToString("N")[..12];
    private readonly Channel<IReadOnlyCollection<ThreadChanged>> _outgoing = System.Threading.Channels.Channel.CreateBounded<IReadOnlyCollection<ThreadChanged>>(
        new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    private int _othersMissedSome;

    /// <summary>Called after a commit on this instance, on the committing thread: enqueues, never waits.</summary>
    public void Forward(IReadOnlyCollection<ThreadChanged> changes)
    {
        if (!_outgoing.Writer.TryWrite(changes)) Volatile.Write(ref _othersMissedSome, 1);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(SendAsync(stoppingToken), ListenAsync(stoppingToken));

    private async Task SendAsync(CancellationToken ct)
    {
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(ct))
            {
                var batch = new HashSet<ThreadChanged>();
                while (_outgoing.Reader.TryRead(out var changes)) batch.UnionWith(changes);
                try
                {
                    if (Interlocked.Exchange(ref _othersMissedSome, 0) == 1) await NotifyAsync(Everything, ct);
                    foreach (var chunk in batch.Chunk(ChangesPerNotification)) await NotifyAsync(Encode(chunk), ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Volatile.Write(ref _othersMissedSome, 1);
                    MessagingLog.RelayNotifyFailed(logger, ex);
                    await Task.Delay(Reconnect, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    private async Task NotifyAsync(string changes, CancellationToken ct)
    {
        await using var notify = database.CreateCommand("SELECT pg_notify($1, $2)");
        notify.Parameters.Add(new NpgsqlParameter { Value = Channel });
        notify.Parameters.Add(new NpgsqlParameter { Value = _instance + "|" + changes });
        await notify.ExecuteNonQueryAsync(ct);
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        var listenedBefore = false;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(ct);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(ct);
                // While no connection listened, the others' changes went by unheard.
                if (listenedBefore) threads.PublishReloadEverything();
                listenedBefore = true;
                while (true) await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (Exception ex)
            {
                MessagingLog.RelayListenFailed(logger, ex);
                try { await Task.Delay(Reconnect, ct); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private void Receive(string payload)
    {
        var separator = payload.IndexOf('|');
        if (separator < 0 || payload.AsSpan(0, separator).SequenceEqual(_instance)) return; // not ours to read, or our own
        var changes = payload[(separator + 1)..];
        if (changes == Everything) threads.PublishReloadEverything();
        else if (Decode(changes) is { } decoded) threads.Publish(decoded);
        else
        {
            MessagingLog.RelayPayloadUnreadable(logger, payload);
            threads.PublishReloadEverything();
        }
    }

    /// <summary>contact,line,kind per change (line empty for every line of the contact), separated by ';'.</summary>
    private static string Encode(IEnumerable<ThreadChanged> changes) =>
        string.Join(';', changes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.ContactId},{c.LineId},{(int)c.Kind}")));

    private static List<ThreadChanged>? Decode(string changes)
    {
        var decoded = new List<ThreadChanged>();
        foreach (var change in changes.Split(';'))
        {
            var parts = change.Split(',');
            if (parts.Length != 3 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var contactId)
                || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var kind) || !Enum.IsDefined((ThreadChangeKind)kind))
                return null;
            int? lineId = int.TryParse(parts[1], CultureInfo.InvariantCulture, out var line) ? line : null;
            decoded.Add(new ThreadChanged(contactId, lineId, (ThreadChangeKind)kind));
        }
        return decoded;
    }
}
