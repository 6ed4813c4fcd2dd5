using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OptInDashboard.Data.Migrations;

/// <summary>
/// Keyword responders and reply templates per account and line, and groups with members and tags.
/// Written by hand; MigrationsMatchTheModel proves it matches the model.
/// </summary>
[DbContext(typeof(ConsentDbContext))]
[Migration("20261122080000_ConsentRules")]
public sealed class ConsentRules : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Groups",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                AccountId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Groups", x => x.Id);
                table.ForeignKey(
                    name: "FK_Groups_Accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "Accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReplyTemplates",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                AccountId = table.Column<int>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Language = table.Column<string>(maxLength: 8, nullable: false),
                Text = table.Column<string>(maxLength: 640, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReplyTemplates", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReplyTemplates_Accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "Accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ContactTags",
            columns: table => new
            {
                ContactId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                TaggedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContactTags", x => new { x.ContactId, x.Name });
                table.ForeignKey(
                    name: "FK_ContactTags_Contacts_ContactId",
                    column: x => x.ContactId,
                    principalTable: "Contacts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "GroupMembers",
            columns: table => new
            {
                GroupId = table.Column<int>(nullable: false),
                ContactId = table.Column<int>(nullable: false),
                JoinedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GroupMembers", x => new { x.GroupId, x.ContactId });
                table.ForeignKey(
                    name: "FK_GroupMembers_Contacts_ContactId",
                    column: x => x.ContactId,
                    principalTable: "Contacts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_GroupMembers_Groups_GroupId",
                    column: x => x.GroupId,
                    principalTable: "Groups",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "KeywordResponders",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                AccountId = table.Column<int>(nullable: false),
                LineId = table.Column<int>(nullable: true),
                Keyword = table.Column<string>(maxLength: 50, nullable: false),
                Action = table.Column<int>(nullable: false),
                GroupId = table.Column<int>(nullable: true),
                Language = table.Column<string>(maxLength: 8, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_KeywordResponders", x => x.Id);
                table.ForeignKey(
                    name: "FK_KeywordResponders_Accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "Accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_KeywordResponders_Groups_GroupId",
                    column: x => x.GroupId,
                    principalTable: "Groups",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_KeywordResponders_Lines_LineId",
                    column: x => x.LineId,
                    principalTable: "Lines",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_GroupMembers_ContactId",
            table: "GroupMembers",
            column: "ContactId");

        migrationBuilder.CreateIndex(
            name: "IX_Groups_AccountId_Name",
            table: "Groups",
            columns: new[] { "AccountId", "Name" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_KeywordResponders_AccountId_LineId_Keyword",
            table: "KeywordResponders",
            columns: new[] { "AccountId", "LineId", "Keyword" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_KeywordResponders_GroupId",
            table: "KeywordResponders",
            column: "GroupId");

        migrationBuilder.CreateIndex(
            name: "IX_KeywordResponders_LineId",
            table: "KeywordResponders",
            column: "LineId");

        migrationBuilder.CreateIndex(
            name: "IX_ReplyTemplates_AccountId_Kind_Language",
            table: "ReplyTemplates",
            columns: new[] { "AccountId", "Kind", "Language" },
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "KeywordResponders");
        migrationBuilder.DropTable(name: "GroupMembers");
        migrationBuilder.DropTable(name: "ContactTags");
        migrationBuilder.DropTable(name: "ReplyTemplates");
        migrationBuilder.DropTable(name: "Groups");
    }
}
