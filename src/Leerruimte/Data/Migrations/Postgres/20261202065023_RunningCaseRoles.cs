using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RunningCaseRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRoles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseRoles_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseRoles_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageReleases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StageId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ReleasedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageReleases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageReleases_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRoles_CohortId_CaseId_Part",
                table: "CaseRoles",
                columns: new[] { "CohortId", "CaseId", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseRoles_PersonId",
                table: "CaseRoles",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_StageReleases_CohortId_CaseId_StageId",
                table: "StageReleases",
                columns: new[] { "CohortId", "CaseId", "StageId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseRoles");

            migrationBuilder.DropTable(
                name: "StageReleases");
        }
    }
}
