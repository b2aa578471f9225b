using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeamCasesActionsAndConsultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TeamActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OriginId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamActions_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TeamActions_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TeamCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DevelopmentQuestion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 411, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamCases_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TeamCases_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseConfirmations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ConfirmedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseConfirmations_AspNetUsers_ConfirmedById",
                        column: x => x.ConfirmedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CaseConfirmations_TeamCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "TeamCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseConsultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseChosen = table.Column<bool>(type: "INTEGER", nullable: false),
                    MethodPackVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MethodId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    MethodTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseBringerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisterCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseConsultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseConsultations_AspNetUsers_CaseBringerId",
                        column: x => x.CaseBringerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CaseConsultations_AspNetUsers_ChairId",
                        column: x => x.ChairId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseConsultations_LiveSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseConsultations_TeamCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "TeamCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CaseConsultations_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseConfirmations_CaseId_Key",
                table: "CaseConfirmations",
                columns: new[] { "CaseId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseConfirmations_ConfirmedById",
                table: "CaseConfirmations",
                column: "ConfirmedById");

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsultations_CaseBringerId",
                table: "CaseConsultations",
                column: "CaseBringerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsultations_CaseId",
                table: "CaseConsultations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsultations_ChairId",
                table: "CaseConsultations",
                column: "ChairId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsultations_SessionId",
                table: "CaseConsultations",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseConsultations_TeamId_StartsAt",
                table: "CaseConsultations",
                columns: new[] { "TeamId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamActions_OriginKind_OriginId_FromItemId",
                table: "TeamActions",
                columns: new[] { "OriginKind", "OriginId", "FromItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamActions_OwnerId",
                table: "TeamActions",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamActions_TeamId_OriginKind_Status",
                table: "TeamActions",
                columns: new[] { "TeamId", "OriginKind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamCases_AuthorId",
                table: "TeamCases",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamCases_TeamId_Status_UpdatedAt",
                table: "TeamCases",
                columns: new[] { "TeamId", "Status", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseConfirmations");

            migrationBuilder.DropTable(
                name: "CaseConsultations");

            migrationBuilder.DropTable(
                name: "TeamActions");

            migrationBuilder.DropTable(
                name: "TeamCases");
        }
    }
}
