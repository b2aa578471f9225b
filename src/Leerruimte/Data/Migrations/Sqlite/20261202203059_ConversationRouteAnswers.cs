using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConversationRouteAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RouteAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RouteAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RouteAnswers_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RouteAnswers_OrganisationId_Number",
                table: "RouteAnswers",
                columns: new[] { "OrganisationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RouteAnswers_UpdatedById",
                table: "RouteAnswers",
                column: "UpdatedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RouteAnswers");
        }
    }
}
