using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OptInDashboard.Data.Configurations;

internal sealed class LineConfiguration : IEntityTypeConfiguration<Line>
{
    public void Configure(EntityTypeBuilder<Line> line)
    {
        line.Property(l => l.Name).HasMaxLength(100);
        line.Property(l => l.PhoneNumber).HasMaxLength(16);
        line.HasIndex(l => l.PhoneNumber).IsUnique();
    }
}
