using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PersonIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    MeasurementIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Clusters = table.Column<string>(type: "jsonb", nullable: true)
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
