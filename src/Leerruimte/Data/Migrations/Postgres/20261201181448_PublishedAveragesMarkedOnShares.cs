using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublishedAveragesMarkedOnShares : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MeasurementIds",
                table: "PublishedTeamAverages");

            migrationBuilder.DropColumn(
                name: "PersonIds",
                table: "PublishedTeamAverages");

            migrationBuilder.AddColumn<Guid>(
                name: "PublishedAverageId",
                table: "Shares",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "People",
                table: "PublishedTeamAverages",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedAverageId",
                table: "Shares");

            migrationBuilder.DropColumn(
                name: "People",
                table: "PublishedTeamAverages");

            migrationBuilder.AddColumn<List<Guid>>(
                name: "MeasurementIds",
                table: "PublishedTeamAverages",
                type: "uuid[]",
                nullable: false);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "PersonIds",
                table: "PublishedTeamAverages",
                type: "uuid[]",
                nullable: false);
        }
    }
}
