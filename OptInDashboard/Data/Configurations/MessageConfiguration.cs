using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OptInDashboard.Operations;

namespace OptInDashboard.Data.Configurations;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> message)
    {
        // Text has no length limit: a customer's text is evidence and is kept whole, however long it is.
        message.Property(m => m.StatusReason).HasMaxLength(500);
        message.Property(m => m.ProviderMessageId).HasMaxLength(100);
        message.Property(m => m.SentBy).HasMaxLength(256);
        message.Property(m => m.TraceParent).HasMaxLength(DashboardTelemetry.TraceParentLength);
        message.HasIndex(m => new { m.ContactId, m.LineId, m.Id });
        // One stored message per provider delivery: a retried webhook cannot add a second.
        message.HasIndex(m => new { m.Direction, m.ProviderMessageId }).IsUnique();
        // The outbox is the queued outbound messages.
        message.HasIndex(m => m.Status);
        // Status moves are optimistic: a change applies only to the row as it was read, since a claim, a
        // delivery report, a retry and crash recovery can race for one message.
        message.Property(m => m.Status).IsConcurrencyToken();
        message.Property(m => m.ProviderMessageId).IsConcurrencyToken();
        message.Property(m => m.UpdatedAt).IsConcurrencyToken();
    }
}
