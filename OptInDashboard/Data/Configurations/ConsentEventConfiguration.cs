using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OptInDashboard.Consent;

namespace OptInDashboard.Data.Configurations;

internal sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEvent>
{
    public void Configure(EntityTypeBuilder<ConsentEvent> ledger)
    {
        ledger.ToTable("ConsentLedger");
        ledger.HasOne(e => e.Contact).WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Restrict);
        ledger.HasOne<Line>().WithMany().HasForeignKey(e => e.LineId).OnDelete(DeleteBehavior.Restrict);
        ledger.HasOne<ConsentEvent>().WithMany().HasForeignKey(e => e.RelatedEventId).OnDelete(DeleteBehavior.Restrict);
        ledger.HasOne<Message>().WithMany().HasForeignKey(e => e.InboundMessageId).OnDelete(DeleteBehavior.Restrict);
        // EvidenceText has no length limit, like the message it quotes: evidence is never cut short.
        ledger.Property(e => e.Keyword).HasMaxLength(50);
        ledger.Property(e => e.Actor).HasMaxLength(256);
        ledger.Property(e => e.Note).HasMaxLength(1000);
        ledger.Property(e => e.ModelVersion).HasMaxLength(50);
        ledger.Property(e => e.ModelTopFeatures).HasMaxLength(1000);
        ledger.HasIndex(e => new { e.ContactId, e.LineId, e.Id });
        ledger.HasIndex(e => e.OccurredAt);
    }
}
