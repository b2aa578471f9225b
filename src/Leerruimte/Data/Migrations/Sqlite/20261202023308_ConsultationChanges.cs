using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConsultationChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CalendarSequence",
                table: "ConsultationSeries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CalendarSequence",
                table: "CaseConsultations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SeriesStartsAt",
                table: "CaseConsultations",
                type: "TEXT",
                nullable: true);

            // Consultations planned in a series before this: the series gave each its start, and none was moved yet.
            migrationBuilder.Sql("""UPDATE CaseConsultations SET SeriesStartsAt = StartsAt WHERE SeriesId IS NOT NULL;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CalendarSequence",
                table: "ConsultationSeries");

            migrationBuilder.DropColumn(
                name: "CalendarSequence",
                table: "CaseConsultations");

            migrationBuilder.DropColumn(
                name: "SeriesStartsAt",
                table: "CaseConsultations");
        }
    }
}
