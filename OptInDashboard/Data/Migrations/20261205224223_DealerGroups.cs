using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OptInDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class DealerGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "GroupId",
                table: "UnroutedMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeactivatedAt",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GroupId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "IsGroupAdmin",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "GroupId",
                table: "Accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DealerGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealerGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DealershipRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealershipRoles", x => new { x.UserId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_DealershipRoles_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DealershipRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdminChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdminChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdminChanges_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdminChanges_DealerGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "DealerGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Data written before dealer groups: one group holds the dealerships there were, and each staff member keeps
            // what their install-wide roles let them do, now at every one of those dealerships. Identity's role tables
            // are no longer read. (Before the foreign keys below: SQLite checks them when it rebuilds the tables.)
            migrationBuilder.Sql("""
                INSERT INTO DealerGroups (Name)
                SELECT 'Dealer group' WHERE EXISTS (SELECT 1 FROM Accounts) OR EXISTS (SELECT 1 FROM AspNetUsers);
                UPDATE Accounts SET GroupId = (SELECT MIN(Id) FROM DealerGroups);
                UPDATE AspNetUsers SET GroupId = (SELECT MIN(Id) FROM DealerGroups);
                UPDATE UnroutedMessages SET GroupId = (SELECT MIN(Id) FROM DealerGroups);
                INSERT INTO DealershipRoles (UserId, AccountId, Level)
                SELECT ur.UserId, a.Id, MAX(CASE r.Name WHEN 'Admin' THEN 3 WHEN 'Manager' THEN 2 ELSE 1 END)
                FROM AspNetUserRoles ur JOIN AspNetRoles r ON r.Id = ur.RoleId CROSS JOIN Accounts a
                GROUP BY ur.UserId, a.Id;
                DELETE FROM AspNetUserRoles;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_GroupId",
                table: "AspNetUsers",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_GroupId",
                table: "Accounts",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_AdminChanges_AccountId",
                table: "AdminChanges",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_AdminChanges_GroupId_OccurredAt",
                table: "AdminChanges",
                columns: new[] { "GroupId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DealershipRoles_AccountId",
                table: "DealershipRoles",
                column: "AccountId");

            migrationBuilder.AddForeignKey(
                name: "FK_Accounts_DealerGroups_GroupId",
                table: "Accounts",
                column: "GroupId",
                principalTable: "DealerGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_DealerGroups_GroupId",
                table: "AspNetUsers",
                column: "GroupId",
                principalTable: "DealerGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Accounts_DealerGroups_GroupId",
                table: "Accounts");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_DealerGroups_GroupId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "AdminChanges");

            migrationBuilder.DropTable(
                name: "DealershipRoles");

            migrationBuilder.DropTable(
                name: "DealerGroups");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_GroupId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_GroupId",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "UnroutedMessages");

            migrationBuilder.DropColumn(
                name: "DeactivatedAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "IsGroupAdmin",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "Accounts");
        }
    }
}
