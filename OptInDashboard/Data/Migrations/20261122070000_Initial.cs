using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OptInDashboard.Data.Migrations;

/// <summary>
/// The first schema: Identity, lines, contacts, messages, the consent projection and the append-only ledger.
/// Written by hand (our feed has no EF design package); MigrationsMatchTheModel proves it matches the model.
/// Column types are left to the provider so the same migration reads on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(ConsentDbContext))]
[Migration("20261122070000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Accounts",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                OptOutScope = table.Column<int>(nullable: false),
                OptInScope = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Accounts", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Contacts",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                AccountId = table.Column<int>(nullable: false),
                PhoneNumber = table.Column<string>(maxLength: 16, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: true),
                IsBlocked = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Contacts", x => x.Id);
                table.ForeignKey(
                    name: "FK_Contacts_Accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "Accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Lines",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                AccountId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                PhoneNumber = table.Column<string>(maxLength: 16, nullable: false),
                CarrierConfirmsStop = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Lines", x => x.Id);
                table.ForeignKey(
                    name: "FK_Lines_Accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "Accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RoleId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey(
                    name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                RoleId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey(
                    name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ConsentRecords",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ContactId = table.Column<int>(nullable: false),
                LineId = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Since = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                table.ForeignKey(
                    name: "FK_ConsentRecords_Contacts_ContactId",
                    column: x => x.ContactId,
                    principalTable: "Contacts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ConsentRecords_Lines_LineId",
                    column: x => x.LineId,
                    principalTable: "Lines",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Messages",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ContactId = table.Column<int>(nullable: false),
                LineId = table.Column<int>(nullable: false),
                Direction = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 1600, nullable: false),
                Status = table.Column<int>(nullable: false),
                StatusReason = table.Column<string>(maxLength: 500, nullable: true),
                ProviderMessageId = table.Column<string>(maxLength: 100, nullable: true),
                ConsentEffect = table.Column<int>(nullable: true),
                Sender = table.Column<int>(nullable: false),
                AutoReply = table.Column<int>(nullable: true),
                SentBy = table.Column<string>(maxLength: 256, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Messages", x => x.Id);
                table.ForeignKey(
                    name: "FK_Messages_Contacts_ContactId",
                    column: x => x.ContactId,
                    principalTable: "Contacts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Messages_Lines_LineId",
                    column: x => x.LineId,
                    principalTable: "Lines",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ConsentLedger",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ContactId = table.Column<int>(nullable: false),
                LineId = table.Column<int>(nullable: true),
                RelatedEventId = table.Column<long>(nullable: true),
                OldStatus = table.Column<int>(nullable: false),
                NewStatus = table.Column<int>(nullable: false),
                Cause = table.Column<int>(nullable: false),
                InboundMessageId = table.Column<long>(nullable: true),
                EvidenceText = table.Column<string>(maxLength: 1600, nullable: true),
                Keyword = table.Column<string>(maxLength: 50, nullable: true),
                Actor = table.Column<string>(maxLength: 256, nullable: false),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
                ModelVersion = table.Column<string>(maxLength: 50, nullable: true),
                ModelScore = table.Column<double>(nullable: true),
                ModelTopFeatures = table.Column<string>(maxLength: 1000, nullable: true),
                OccurredAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConsentLedger", x => x.Id);
                table.ForeignKey(
                    name: "FK_ConsentLedger_ConsentLedger_RelatedEventId",
                    column: x => x.RelatedEventId,
                    principalTable: "ConsentLedger",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ConsentLedger_Contacts_ContactId",
                    column: x => x.ContactId,
                    principalTable: "Contacts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ConsentLedger_Lines_LineId",
                    column: x => x.LineId,
                    principalTable: "Lines",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ConsentLedger_Messages_InboundMessageId",
                    column: x => x.InboundMessageId,
                    principalTable: "Messages",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AspNetRoleClaims_RoleId",
            table: "AspNetRoleClaims",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "RoleNameIndex",
            table: "AspNetRoles",
            column: "NormalizedName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserClaims_UserId",
            table: "AspNetUserClaims",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserLogins_UserId",
            table: "AspNetUserLogins",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserRoles_RoleId",
            table: "AspNetUserRoles",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "EmailIndex",
            table: "AspNetUsers",
            column: "NormalizedEmail");

        migrationBuilder.CreateIndex(
            name: "UserNameIndex",
            table: "AspNetUsers",
            column: "NormalizedUserName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ConsentLedger_ContactId_LineId_Id",
            table: "ConsentLedger",
            columns: new[] { "ContactId", "LineId", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_ConsentLedger_InboundMessageId",
            table: "ConsentLedger",
            column: "InboundMessageId");

        migrationBuilder.CreateIndex(
            name: "IX_ConsentLedger_RelatedEventId",
            table: "ConsentLedger",
            column: "RelatedEventId");

        migrationBuilder.CreateIndex(
            name: "IX_ConsentLedger_LineId",
            table: "ConsentLedger",
            column: "LineId");

        migrationBuilder.CreateIndex(
            name: "IX_ConsentLedger_OccurredAt",
            table: "ConsentLedger",
            column: "OccurredAt");

        migrationBuilder.CreateIndex(
            name: "IX_ConsentRecords_ContactId_LineId",
            table: "ConsentRecords",
            columns: new[] { "ContactId", "LineId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ConsentRecords_LineId",
            table: "ConsentRecords",
            column: "LineId");

        migrationBuilder.CreateIndex(
            name: "IX_Contacts_AccountId_PhoneNumber",
            table: "Contacts",
            columns: new[] { "AccountId", "PhoneNumber" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Lines_AccountId",
            table: "Lines",
            column: "AccountId");

        migrationBuilder.CreateIndex(
            name: "IX_Lines_PhoneNumber",
            table: "Lines",
            column: "PhoneNumber",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Messages_ContactId_LineId_Id",
            table: "Messages",
            columns: new[] { "ContactId", "LineId", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_Messages_Direction_ProviderMessageId",
            table: "Messages",
            columns: new[] { "Direction", "ProviderMessageId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Messages_LineId",
            table: "Messages",
            column: "LineId");

        migrationBuilder.CreateIndex(
            name: "IX_Messages_Status",
            table: "Messages",
            column: "Status");

    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ConsentLedger");
        migrationBuilder.DropTable(name: "Messages");
        migrationBuilder.DropTable(name: "ConsentRecords");
        migrationBuilder.DropTable(name: "AspNetUserTokens");
        migrationBuilder.DropTable(name: "AspNetUserRoles");
        migrationBuilder.DropTable(name: "AspNetUserLogins");
        migrationBuilder.DropTable(name: "AspNetUserClaims");
        migrationBuilder.DropTable(name: "AspNetRoleClaims");
        migrationBuilder.DropTable(name: "Lines");
        migrationBuilder.DropTable(name: "Contacts");
        migrationBuilder.DropTable(name: "AspNetUsers");
        migrationBuilder.DropTable(name: "AspNetRoles");
        migrationBuilder.DropTable(name: "Accounts");
    }
}
