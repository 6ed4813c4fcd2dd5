namespace OptInDashboard.Data;

/// <summary>
/// How far a thread (contact on a line) has been read, shared by all staff: inbound texts after
/// <see cref="LastReadMessageId"/> are unread. No row: nothing read yet.
/// </summary>
public class ThreadRead
{
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public int LineId { get; set; }
    public long LastReadMessageId { get; set; }
    public DateTime ReadAt { get; set; }
}
