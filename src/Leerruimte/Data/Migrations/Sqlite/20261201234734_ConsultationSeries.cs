using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConsultationSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SeriesId",
                table: "CaseConsultations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConsultationSeries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rhythm = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationSeries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationSeries_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsultations_SeriesId",
                table: "CaseConsultations",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationSeries_TeamId",
                table: "ConsultationSeries",
                column: "TeamId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseConsultations_ConsultationSeries_SeriesId",
                table: "CaseConsultations",
                column: "SeriesId",
                principalTable: "ConsultationSeries",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseConsultations_ConsultationSeries_SeriesId",
                table: "CaseConsultations");

            migrationBuilder.DropTable(
                name: "ConsultationSeries");

            migrationBuilder.DropIndex(
                name: "IX_CaseConsultations_SeriesId",
                table: "CaseConsultations");

            migrationBuilder.DropColumn(
                name: "SeriesId",
                table: "CaseConsultations");
        }
    }
}
