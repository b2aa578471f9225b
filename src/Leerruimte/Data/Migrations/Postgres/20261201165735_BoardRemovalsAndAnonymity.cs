using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BoardRemovalsAndAnonymity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<int>>(
                name: "AnonymousSteps",
                table: "LiveSessions",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'::integer[]"); // sessions that exist have no anonymous steps yet

            migrationBuilder.AddColumn<bool>(
                name: "Anonymous",
                table: "BoardItems",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BoardItemRemovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepIndex = table.Column<int>(type: "integer", nullable: false),
                    RemovedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RemovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardItemRemovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardItemRemovals_AspNetUsers_RemovedById",
                        column: x => x.RemovedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_BoardItemRemovals_LiveSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BoardItemRemovals_RemovedById",
                table: "BoardItemRemovals",
                column: "RemovedById");

            migrationBuilder.CreateIndex(
                name: "IX_BoardItemRemovals_SessionId",
                table: "BoardItemRemovals",
                column: "SessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardItemRemovals");

            migrationBuilder.DropColumn(
                name: "AnonymousSteps",
                table: "LiveSessions");

            migrationBuilder.DropColumn(
                name: "Anonymous",
                table: "BoardItems");
        }
    }
}
