using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OptInDashboard.Data.Configurations;

internal sealed class ThreadReadConfiguration : IEntityTypeConfiguration<ThreadRead>
{
    public void Configure(EntityTypeBuilder<ThreadRead> read)
    {
        read.HasKey(r => new { r.ContactId, r.LineId });
        read.HasOne(r => r.Contact).WithMany().HasForeignKey(r => r.ContactId);
        read.HasOne<Line>().WithMany().HasForeignKey(r => r.LineId);
        // Two screens marking one thread read at once: the mark only moves forward.
        read.Property(r => r.LastReadMessageId).IsConcurrencyToken();
    }
}
