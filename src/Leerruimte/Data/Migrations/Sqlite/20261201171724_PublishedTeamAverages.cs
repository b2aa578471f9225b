using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedTeamAverages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    Clusters = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedTeamAverages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedTeamAverages_TeamId_InstrumentId_CreatedAt",
                table: "PublishedTeamAverages",
                columns: new[] { "TeamId", "InstrumentId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedTeamAverages");
        }
    }
}
