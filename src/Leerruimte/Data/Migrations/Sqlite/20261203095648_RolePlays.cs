using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RolePlays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RolePlays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StepIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    FormId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Turn = table.Column<int>(type: "INTEGER", nullable: false),
                    TurnStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Paused = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RolePlays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RolePlays_CohortSessions_CohortSessionId",
                        column: x => x.CohortSessionId,
                        principalTable: "CohortSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RolePlayParts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RolePlayId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RolePlayParts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RolePlayParts_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RolePlayParts_RolePlays_RolePlayId",
                        column: x => x.RolePlayId,
                        principalTable: "RolePlays",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RolePlayParts_PersonId",
                table: "RolePlayParts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlayParts_RolePlayId_PersonId",
                table: "RolePlayParts",
                columns: new[] { "RolePlayId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RolePlays_CohortId",
                table: "RolePlays",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlays_CohortSessionId_Number",
                table: "RolePlays",
                columns: new[] { "CohortSessionId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RolePlayParts");

            migrationBuilder.DropTable(
                name: "RolePlays");
        }
    }
}
