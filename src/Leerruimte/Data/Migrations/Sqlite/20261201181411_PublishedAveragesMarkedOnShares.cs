using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedAveragesMarkedOnShares : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Published averages are derived: the table is made anew rather than rebuilt column by column (SQLite
            // cannot drop a column here), and the next view of a team's overview publishes again.
            migrationBuilder.DropTable(name: "PublishedTeamAverages");
            migrationBuilder.CreateTable(
                name: "PublishedTeamAverages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Clusters = table.Column<string>(type: "TEXT", nullable: true),
                },
                constraints: table => table.PrimaryKey("PK_PublishedTeamAverages", x => x.Id));
            migrationBuilder.CreateIndex(
                name: "IX_PublishedTeamAverages_TeamId_InstrumentId_CreatedAt",
                table: "PublishedTeamAverages",
                columns: new[] { "TeamId", "InstrumentId", "CreatedAt" });

            migrationBuilder.AddColumn<Guid>(
                name: "PublishedAverageId",
                table: "Shares",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "PublishedTeamAverages");
            migrationBuilder.CreateTable(
                name: "PublishedTeamAverages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonIds = table.Column<string>(type: "TEXT", nullable: false),
                    MeasurementIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Clusters = table.Column<string>(type: "TEXT", nullable: true),
                },
                constraints: table => table.PrimaryKey("PK_PublishedTeamAverages", x => x.Id));
            migrationBuilder.CreateIndex(
                name: "IX_PublishedTeamAverages_TeamId_InstrumentId_CreatedAt",
                table: "PublishedTeamAverages",
                columns: new[] { "TeamId", "InstrumentId", "CreatedAt" });
            // The column stays: SQLite cannot drop it here, and nothing reads it before this migration.
        }
    }
}
