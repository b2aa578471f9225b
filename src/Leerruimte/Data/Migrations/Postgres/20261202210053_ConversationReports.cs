using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConversationReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConversationReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    WriterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Question = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    QuestionBehind = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Network = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Carer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversationReports_AspNetUsers_WriterId",
                        column: x => x.WriterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConversationReports_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportComments_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ReportComments_ConversationReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ConversationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportConfirmations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ConfirmedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportConfirmations_AspNetUsers_ConfirmedById",
                        column: x => x.ConfirmedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ReportConfirmations_ConversationReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ConversationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportDomains",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Domain = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Wish = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Limitations = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Possibilities = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Phase = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportDomains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportDomains_ConversationReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ConversationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportIcfTexts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Component = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportIcfTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportIcfTexts_ConversationReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ConversationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportPlanRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Goal = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Agreement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Review = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportPlanRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportPlanRows_ConversationReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ConversationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReports_CohortId_CaseId_WriterId",
                table: "ConversationReports",
                columns: new[] { "CohortId", "CaseId", "WriterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReports_WriterId",
                table: "ConversationReports",
                column: "WriterId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportComments_AuthorId",
                table: "ReportComments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportComments_ReportId",
                table: "ReportComments",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportConfirmations_ConfirmedById",
                table: "ReportConfirmations",
                column: "ConfirmedById");

            migrationBuilder.CreateIndex(
                name: "IX_ReportConfirmations_ReportId_Key",
                table: "ReportConfirmations",
                columns: new[] { "ReportId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportDomains_ReportId",
                table: "ReportDomains",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportIcfTexts_ReportId",
                table: "ReportIcfTexts",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportPlanRows_ReportId",
                table: "SupportPlanRows",
                column: "ReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportComments");

            migrationBuilder.DropTable(
                name: "ReportConfirmations");

            migrationBuilder.DropTable(
                name: "ReportDomains");

            migrationBuilder.DropTable(
                name: "ReportIcfTexts");

            migrationBuilder.DropTable(
                name: "SupportPlanRows");

            migrationBuilder.DropTable(
                name: "ConversationReports");
        }
    }
}
