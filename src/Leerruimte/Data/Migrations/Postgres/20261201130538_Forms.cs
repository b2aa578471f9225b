using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Forms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FormResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FormVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FormKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    RespondentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    OriginKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OriginId = table.Column<Guid>(type: "uuid", nullable: true),
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Choices = table.Column<List<string>>(type: "text[]", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Carry the sent feedback forms over: each report's answers become the facilitator's form response (with the
            // report's id), under the ids the short form of the stored module versions gives its questions.
            migrationBuilder.Sql("""
                INSERT INTO "FormResponses" ("Id", "OrganisationId", "FormVersionId", "FormKey", "RespondentId", "SubjectId", "OriginKind", "OriginId", "Key", "CreatedAt", "UpdatedAt", "SubmittedAt")
                SELECT f."Id", f."OrganisationId", m."ModuleVersionId", 'terugkoppeling', f."FacilitatorId", NULL, 'meeting', f."MeetingId",
                       'terugkoppeling|meeting:' || f."MeetingId"::text || '|' || f."FacilitatorId"::text || '|', f."CreatedAt", f."SentAt", f."SentAt"
                FROM "FeedbackReports" f JOIN "Meetings" m ON m."Id" = f."MeetingId";

                INSERT INTO "FormAnswers" ("Id", "OrganisationId", "ResponseId", "QuestionId", "Number", "Text", "Choices", "UpdatedAt")
                SELECT gen_random_uuid(), f."OrganisationId", f."Id", 'stelling-' || s.n, s.score, NULL, '{}', f."SentAt"
                FROM "FeedbackReports" f CROSS JOIN LATERAL unnest(f."Scores") WITH ORDINALITY AS s(score, n);
                INSERT INTO "FormAnswers" ("Id", "OrganisationId", "ResponseId", "QuestionId", "Number", "Text", "Choices", "UpdatedAt")
                SELECT gen_random_uuid(), f."OrganisationId", f."Id", 'vragen', NULL, f."TeamQuestions", '{}', f."SentAt"
                FROM "FeedbackReports" f WHERE trim(coalesce(f."TeamQuestions", '')) <> '';
                INSERT INTO "FormAnswers" ("Id", "OrganisationId", "ResponseId", "QuestionId", "Number", "Text", "Choices", "UpdatedAt")
                SELECT gen_random_uuid(), f."OrganisationId", f."Id", 'opmerkingen', NULL, f."Remarks", '{}', f."SentAt"
                FROM "FeedbackReports" f WHERE trim(coalesce(f."Remarks", '')) <> '';
                INSERT INTO "FormAnswers" ("Id", "OrganisationId", "ResponseId", "QuestionId", "Number", "Text", "Choices", "UpdatedAt")
                SELECT gen_random_uuid(), f."OrganisationId", f."Id", 'aanwezig', NULL, NULL,
                       coalesce((SELECT array_agg(i."PersonId"::text) FROM "MeetingInvitees" i WHERE i."MeetingId" = f."MeetingId" AND i."Present"), '{}'), f."SentAt"
                FROM "FeedbackReports" f;
                UPDATE "FeedbackReports" SET "ResponseId" = "Id";
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
                name: "Remarks",
                table: "FeedbackReports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<List<int>>(
                name: "Scores",
                table: "FeedbackReports",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "TeamQuestions",
                table: "FeedbackReports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }
    }
}
