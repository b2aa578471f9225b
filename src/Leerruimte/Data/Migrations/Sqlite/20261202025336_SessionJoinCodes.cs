using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SessionJoinCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "JoinCode",
                table: "LiveSessions",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            // Every meeting's code moves to its session, so phones keep joining with the code already handed out.
            migrationBuilder.Sql("""
                UPDATE "LiveSessions" SET "JoinCode" = (SELECT m."JoinCode" FROM "Meetings" AS m WHERE m."SessionId" = "LiveSessions"."Id");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessions_JoinCode",
                table: "LiveSessions",
                column: "JoinCode",
                unique: true);

            migrationBuilder.DropIndex(
                name: "IX_Meetings_JoinCode",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "JoinCode",
                table: "Meetings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "JoinCode",
                table: "Meetings",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""
                UPDATE "Meetings" SET "JoinCode" = COALESCE((SELECT s."JoinCode" FROM "LiveSessions" AS s WHERE s."Id" = "Meetings"."SessionId"), '');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_JoinCode",
                table: "Meetings",
                column: "JoinCode",
                unique: true);

            migrationBuilder.DropIndex(
                name: "IX_LiveSessions_JoinCode",
                table: "LiveSessions");

            migrationBuilder.DropColumn(
                name: "JoinCode",
                table: "LiveSessions");
        }
    }
}
