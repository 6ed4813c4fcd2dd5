using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OptInDashboard.Data.Configurations;

internal sealed class MessageMediaConfiguration : IEntityTypeConfiguration<MessageMedia>
{
    public void Configure(EntityTypeBuilder<MessageMedia> media)
    {
        media.HasOne(m => m.Message).WithMany().HasForeignKey(m => m.MessageId).OnDelete(DeleteBehavior.Cascade);
        media.Property(m => m.SourceUrl).HasMaxLength(MessageMedia.MaxUrlLength);
        media.Property(m => m.FileName).HasMaxLength(MessageMedia.MaxFileNameLength);
        media.Property(m => m.ContentType).HasMaxLength(200);
        media.Property(m => m.FailureReason).HasMaxLength(500);
        // A provider delivers one attachment per inbound message.
        media.HasIndex(m => m.MessageId).IsUnique();
        // The fetcher's queue: pending rows, oldest first.
        media.HasIndex(m => new { m.Status, m.Id });
        // Each fetch attempt applies only to the row as it read it: instances may fetch side by side.
        media.Property(m => m.Status).IsConcurrencyToken();
        media.Property(m => m.Attempts).IsConcurrencyToken();
    }
}
