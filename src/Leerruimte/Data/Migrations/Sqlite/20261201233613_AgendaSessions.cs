using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgendaSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgendaSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisterCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaSessions_AspNetUsers_ChairId",
                        column: x => x.ChairId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaSessions_LiveSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaSessions_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgendaSessionItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaSessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PackVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkFormId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaSessionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaSessionItems_AgendaSessions_AgendaSessionId",
                        column: x => x.AgendaSessionId,
                        principalTable: "AgendaSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaSessionItems_AgendaSessionId_Position",
                table: "AgendaSessionItems",
                columns: new[] { "AgendaSessionId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaSessions_ChairId",
                table: "AgendaSessions",
                column: "ChairId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaSessions_SessionId",
                table: "AgendaSessions",
                column: "SessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaSessions_TeamId_StartsAt",
                table: "AgendaSessions",
                columns: new[] { "TeamId", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaSessionItems");

            migrationBuilder.DropTable(
                name: "AgendaSessions");
        }
    }
}
