using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Forms : Migration
    {
        // A random id for each answer: 32 hex digits here, put in the form SQLite stores Guids in (upper-case text with
        // dashes) by the UPDATE after the inserts; SQLite has no function for it.
        private const string NewId = "hex(randomblob(16))";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FormResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    RespondentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OriginKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OriginId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormResponses_AspNetUsers_RespondentId",
                        column: x => x.RespondentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FormResponses_AspNetUsers_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FormResponses_ContentPackVersions_FormVersionId",
                        column: x => x.FormVersionId,
                        principalTable: "ContentPackVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FormAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Choices = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormAnswers_FormResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "FormResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddColumn<Guid>(
                name: "ResponseId",
                table: "FeedbackReports",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Carry the sent feedback forms over: each report's answers become the facilitator's form response (with the
            // report's id), under the ids the short form of the stored module versions gives its questions.
            migrationBuilder.Sql("""
                INSERT INTO FormResponses (Id, OrganisationId, FormVersionId, FormKey, RespondentId, SubjectId, OriginKind, OriginId, "Key", CreatedAt, UpdatedAt, SubmittedAt)
                SELECT f.Id, f.OrganisationId, m.ModuleVersionId, 'terugkoppeling', f.FacilitatorId, NULL, 'meeting', f.MeetingId,
                       'terugkoppeling|meeting:' || lower(f.MeetingId) || '|' || lower(f.FacilitatorId) || '|', f.CreatedAt, f.SentAt, f.SentAt
                FROM FeedbackReports f JOIN Meetings m ON m.Id = f.MeetingId;
                """);
            migrationBuilder.Sql($"""
                INSERT INTO FormAnswers (Id, OrganisationId, ResponseId, QuestionId, Number, Text, Choices, UpdatedAt)
                SELECT {NewId}, f.OrganisationId, f.Id, 'stelling-' || (s.key + 1), s.value, NULL, '[]', f.SentAt
                FROM FeedbackReports f, json_each(f.Scores) s;
                INSERT INTO FormAnswers (Id, OrganisationId, ResponseId, QuestionId, Number, Text, Choices, UpdatedAt)
                SELECT {NewId}, f.OrganisationId, f.Id, 'vragen', NULL, f.TeamQuestions, '[]', f.SentAt
                FROM FeedbackReports f WHERE trim(coalesce(f.TeamQuestions, '')) <> '';
                INSERT INTO FormAnswers (Id, OrganisationId, ResponseId, QuestionId, Number, Text, Choices, UpdatedAt)
                SELECT {NewId}, f.OrganisationId, f.Id, 'opmerkingen', NULL, f.Remarks, '[]', f.SentAt
                FROM FeedbackReports f WHERE trim(coalesce(f.Remarks, '')) <> '';
                INSERT INTO FormAnswers (Id, OrganisationId, ResponseId, QuestionId, Number, Text, Choices, UpdatedAt)
                SELECT {NewId}, f.OrganisationId, f.Id, 'aanwezig', NULL, NULL,
                       (SELECT json_group_array(lower(i.PersonId)) FROM MeetingInvitees i WHERE i.MeetingId = f.MeetingId AND i.Present = 1), f.SentAt
                FROM FeedbackReports f;
                UPDATE FormAnswers SET Id = substr(Id, 1, 8) || '-' || substr(Id, 9, 4) || '-4' || substr(Id, 14, 3) || '-8' || substr(Id, 18, 3) || '-' || substr(Id, 21, 12)
                WHERE length(Id) = 32;
                UPDATE FeedbackReports SET ResponseId = Id;
                """);

            foreach (var column in new[] { "Scores", "TeamQuestions", "Remarks" })
                migrationBuilder.DropColumn(name: column, table: "FeedbackReports");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackReports_ResponseId",
                table: "FeedbackReports",
                column: "ResponseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormAnswers_ResponseId_QuestionId",
                table: "FormAnswers",
                columns: new[] { "ResponseId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormResponses_FormVersionId",
                table: "FormResponses",
                column: "FormVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_FormResponses_Key",
                table: "FormResponses",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormResponses_OriginKind_OriginId",
                table: "FormResponses",
                columns: new[] { "OriginKind", "OriginId" });

            migrationBuilder.CreateIndex(
                name: "IX_FormResponses_RespondentId",
                table: "FormResponses",
                column: "RespondentId");

            migrationBuilder.CreateIndex(
                name: "IX_FormResponses_SubjectId",
                table: "FormResponses",
                column: "SubjectId");

            migrationBuilder.AddForeignKey(
                name: "FK_FeedbackReports_FormResponses_ResponseId",
                table: "FeedbackReports",
                column: "ResponseId",
                principalTable: "FormResponses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The schema only: answers are not copied back into the old columns.
            migrationBuilder.DropForeignKey(
                name: "FK_FeedbackReports_FormResponses_ResponseId",
                table: "FeedbackReports");

            migrationBuilder.DropTable(
                name: "FormAnswers");

            migrationBuilder.DropTable(
                name: "FormResponses");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackReports_ResponseId",
                table: "FeedbackReports");

            migrationBuilder.DropColumn(
                name: "ResponseId",
                table: "FeedbackReports");

            migrationBuilder.AddColumn<string>(
                name: "Scores",
                table: "FeedbackReports",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Remarks",
                table: "FeedbackReports",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TeamQuestions",
                table: "FeedbackReports",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }
    }
}
