using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OptInDashboard.Intent.Learning;

namespace OptInDashboard.Data.Configurations;

internal sealed class IntentModelActivationConfiguration : IEntityTypeConfiguration<IntentModelActivation>
{
    public void Configure(EntityTypeBuilder<IntentModelActivation> activation)
    {
        activation.HasIndex(a => a.Sequence).IsUnique();
        activation.Property(a => a.ModelVersion).HasMaxLength(50);
        activation.Property(a => a.ReplacedVersion).HasMaxLength(50);
        activation.Property(a => a.FileName).HasMaxLength(260);
        activation.Property(a => a.ActivatedBy).HasMaxLength(256);
        activation.Property(a => a.Note).HasMaxLength(1000);
    }
}
