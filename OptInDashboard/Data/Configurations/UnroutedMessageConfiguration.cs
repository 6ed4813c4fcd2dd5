using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OptInDashboard.Data.Configurations;

internal sealed class UnroutedMessageConfiguration : IEntityTypeConfiguration<UnroutedMessage>
{
    public void Configure(EntityTypeBuilder<UnroutedMessage> unrouted)
    {
        unrouted.Property(u => u.ProviderMessageId).HasMaxLength(100);
        unrouted.Property(u => u.From).HasMaxLength(16);
        unrouted.Property(u => u.To).HasMaxLength(16);
        unrouted.HasIndex(u => u.ProviderMessageId).IsUnique();
    }
}
