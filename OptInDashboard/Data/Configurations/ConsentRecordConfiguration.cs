using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OptInDashboard.Consent;

namespace OptInDashboard.Data.Configurations;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> record)
    {
        record.HasIndex(r => new { r.ContactId, r.LineId }).IsUnique();
        record.HasOne(r => r.Contact).WithMany().HasForeignKey(r => r.ContactId);
        record.HasOne<Line>().WithMany().HasForeignKey(r => r.LineId);
        record.Property(r => r.Version).IsConcurrencyToken();
        record.Ignore(r => r.IsOptedOut);
    }
}
