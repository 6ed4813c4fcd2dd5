namespace OptInDashboard.Data;

/// <summary>
/// The file a customer sent with an inbound message (an MMS photo, video, audio clip, file or vCard).
/// Stored at once as Pending with the provider's link, which expires; a background fetcher downloads the
/// file soon after and keeps its bytes here, so the thread can show it long after the link is gone.
/// </summary>
public class MessageMedia
{
    public const int MaxUrlLength = 2048;
    public const int MaxFileNameLength = 256;

    public long Id { get; set; }
    public long MessageId { get; set; }
    public Message? Message { get; set; }

    public MediaKind Kind { get; set; }

    /// <summary>Where the provider offered the file; only good until the provider expires it.</summary>
    public required string SourceUrl { get; set; }

    /// <summary>The name the sender gave the file, if any (files only).</summary>
    public string? FileName { get; set; }

    public MediaFetchStatus Status { get; set; }

    /// <summary>As the provider served it (image/jpeg, video/mp4, text/vcard, …), once fetched.</summary>
    public string? ContentType { get; set; }

    /// <summary>The file itself, once fetched. Never loaded with a thread: only the media endpoint reads it.</summary>
    public byte[]? Content { get; set; }

    public long? SizeBytes { get; set; }
    public int Attempts { get; set; }

    /// <summary>When the fetcher may try again after a failed attempt; null: at once.</summary>
    public DateTime? NextAttemptAt { get; set; }

    /// <summary>Why the last attempt failed, in words an advisor understands.</summary>
    public string? FailureReason { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? FetchedAt { get; set; }
}

public enum MediaKind
{
    Image = 1,
    Video = 2,
    Audio = 3,
    File = 4,
    VCard = 5,
}

public enum MediaFetchStatus
{
    Pending = 1,
    Fetched = 2,
    Failed = 3,
}
