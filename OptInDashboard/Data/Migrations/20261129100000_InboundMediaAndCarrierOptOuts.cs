using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OptInDashboard.Data.Migrations;

/// <summary>
/// Inbound MMS media (fetched after the webhook is answered) and texts the carrier refused as opted out.
/// Written by hand, the last before the tools: its Designer.cs holds the model it leaves (the model snapshot
/// as first generated), which `dotnet ef migrations remove` restores the snapshot from.
/// Messages.Text, UnroutedMessages.Text and ConsentLedger.EvidenceText also lost their 1600-character limit
/// in the model. SQLite's TEXT never enforced it, so there is nothing to alter here (and an AlterColumn
/// would rebuild the tables); a PostgreSQL migration set must declare those columns as unbounded text.
/// </summary>
public sealed partial class InboundMediaAndCarrierOptOuts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(
            name: "RefusedForConsent",
            table: "Messages",
            nullable: false,
            defaultValue: false);

        migrationBuilder.CreateTable(
            name: "MessageMedia",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                MessageId = table.Column<long>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                SourceUrl = table.Column<string>(maxLength: 2048, nullable: false),
                FileName = table.Column<string>(maxLength: 256, nullable: true),
                Status = table.Column<int>(nullable: false),
                ContentType = table.Column<string>(maxLength: 200, nullable: true),
                Content = table.Column<byte[]>(nullable: true),
                SizeBytes = table.Column<long>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: true),
                FailureReason = table.Column<string>(maxLength: 500, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                FetchedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MessageMedia", x => x.Id);
                table.ForeignKey(
                    name: "FK_MessageMedia_Messages_MessageId",
                    column: x => x.MessageId,
                    principalTable: "Messages",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_MessageMedia_MessageId",
            table: "MessageMedia",
            column: "MessageId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_MessageMedia_Status_Id",
            table: "MessageMedia",
            columns: new[] { "Status", "Id" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MessageMedia");
        migrationBuilder.DropColumn(name: "RefusedForConsent", table: "Messages");
    }
}
