using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Leerruimte.Data.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SessionsKernel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LiveSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OriginKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OriginId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScriptRef = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FacilitatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StepIndex = table.Column<int>(type: "integer", nullable: false),
                    ClockStartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClockElapsedSeconds = table.Column<int>(type: "integer", nullable: false),
                    ClockExtraSeconds = table.Column<int>(type: "integer", nullable: false),
                    SubTimerIndex = table.Column<int>(type: "integer", nullable: true),
                    SubTimerStartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AddedSteps = table.Column<List<string>>(type: "text[]", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveSessions_AspNetUsers_FacilitatorId",
                        column: x => x.FacilitatorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionParticipants_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionParticipants_LiveSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LiveSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessions_FacilitatorId",
                table: "LiveSessions",
                column: "FacilitatorId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveSessions_OriginKind_OriginId",
                table: "LiveSessions",
                columns: new[] { "OriginKind", "OriginId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionParticipants_PersonId",
                table: "SessionParticipants",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionParticipants_SessionId_PersonId",
                table: "SessionParticipants",
                columns: new[] { "SessionId", "PersonId" },
                unique: true);

            SessionsKernelData.CopyMeetingsToSessions(migrationBuilder);

            migrationBuilder.DropForeignKey(
                name: "FK_BoardItems_Meetings_MeetingId",
                table: "BoardItems");

            migrationBuilder.DropForeignKey(
                name: "FK_GroupMembers_Meetings_MeetingId",
                table: "GroupMembers");

            migrationBuilder.DropForeignKey(
                name: "FK_PersonalActions_Meetings_MeetingId",
                table: "PersonalActions");

            migrationBuilder.DropTable(
                name: "MeetingInvitees");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_MeetingId_Kind",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_PersonalActions_MeetingId_PersonId",
                table: "PersonalActions");

            migrationBuilder.DropColumn(
                name: "AgendaIndex",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "ClockElapsedSeconds",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "ClockExtraSeconds",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "ClockStartedAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "TimedStepIndex",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "TimedStepStartedAt",
                table: "Meetings");

            migrationBuilder.RenameColumn(
                name: "MeetingId",
                table: "Tasks",
                newName: "OriginId");

            migrationBuilder.RenameColumn(
                name: "MeetingId",
                table: "PersonalActions",
                newName: "OriginId");

            migrationBuilder.RenameColumn(
                name: "MeetingId",
                table: "GroupMembers",
                newName: "SessionId");

            migrationBuilder.RenameColumn(
                name: "AssignmentId",
                table: "GroupMembers",
                newName: "StepKey");

            migrationBuilder.RenameIndex(
                name: "IX_GroupMembers_MeetingId_AssignmentId_PersonId",
                table: "GroupMembers",
                newName: "IX_GroupMembers_SessionId_StepKey_PersonId");

            migrationBuilder.RenameColumn(
                name: "MeetingId",
                table: "BoardItems",
                newName: "SessionId");

            migrationBuilder.RenameColumn(
                name: "AssignmentId",
                table: "BoardItems",
                newName: "StepKey");

            migrationBuilder.RenameColumn(
                name: "AgendaIndex",
                table: "BoardItems",
                newName: "StepIndex");

            migrationBuilder.RenameIndex(
                name: "IX_BoardItems_MeetingId_CreatedAt",
                table: "BoardItems",
                newName: "IX_BoardItems_SessionId_CreatedAt");

            migrationBuilder.AddColumn<string>(
                name: "OriginKind",
                table: "Tasks",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OriginKind",
                table: "PersonalActions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "SessionId",
                table: "Meetings",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Column",
                table: "BoardItems",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            SessionsKernelData.PointAtSessions(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_OriginKind_OriginId_Kind",
                table: "Tasks",
                columns: new[] { "OriginKind", "OriginId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalActions_OriginKind_OriginId_PersonId",
                table: "PersonalActions",
                columns: new[] { "OriginKind", "OriginId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_SessionId",
                table: "Meetings",
                column: "SessionId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_BoardItems_LiveSessions_SessionId",
                table: "BoardItems",
                column: "SessionId",
                principalTable: "LiveSessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_GroupMembers_LiveSessions_SessionId",
                table: "GroupMembers",
                column: "SessionId",
                principalTable: "LiveSessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Meetings_LiveSessions_SessionId",
                table: "Meetings",
                column: "SessionId",
                principalTable: "LiveSessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SessionsKernelData.ForgetOtherOrigins(migrationBuilder);

            migrationBuilder.DropForeignKey(
                name: "FK_BoardItems_LiveSessions_SessionId",
                table: "BoardItems");

            migrationBuilder.DropForeignKey(
                name: "FK_GroupMembers_LiveSessions_SessionId",
                table: "GroupMembers");

            migrationBuilder.DropForeignKey(
                name: "FK_Meetings_LiveSessions_SessionId",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_OriginKind_OriginId_Kind",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_PersonalActions_OriginKind_OriginId_PersonId",
                table: "PersonalActions");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_SessionId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "OriginKind",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "OriginKind",
                table: "PersonalActions");

            migrationBuilder.DropColumn(
                name: "Column",
                table: "BoardItems");

            migrationBuilder.RenameColumn(
                name: "OriginId",
                table: "Tasks",
                newName: "MeetingId");

            migrationBuilder.RenameColumn(
                name: "OriginId",
                table: "PersonalActions",
                newName: "MeetingId");

            migrationBuilder.RenameColumn(
                name: "StepKey",
                table: "GroupMembers",
                newName: "AssignmentId");

            migrationBuilder.RenameColumn(
                name: "SessionId",
                table: "GroupMembers",
                newName: "MeetingId");

            migrationBuilder.RenameIndex(
                name: "IX_GroupMembers_SessionId_StepKey_PersonId",
                table: "GroupMembers",
                newName: "IX_GroupMembers_MeetingId_AssignmentId_PersonId");

            migrationBuilder.RenameColumn(
                name: "StepKey",
                table: "BoardItems",
                newName: "AssignmentId");

            migrationBuilder.RenameColumn(
                name: "StepIndex",
                table: "BoardItems",
                newName: "AgendaIndex");

            migrationBuilder.RenameColumn(
                name: "SessionId",
                table: "BoardItems",
                newName: "MeetingId");

            migrationBuilder.RenameIndex(
                name: "IX_BoardItems_SessionId_CreatedAt",
                table: "BoardItems",
                newName: "IX_BoardItems_MeetingId_CreatedAt");

            migrationBuilder.AddColumn<int>(
                name: "AgendaIndex",
                table: "Meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ClockElapsedSeconds",
                table: "Meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ClockExtraSeconds",
                table: "Meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClockStartedAt",
                table: "Meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "Meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "StartedAt",
                table: "Meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimedStepIndex",
                table: "Meetings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TimedStepStartedAt",
                table: "Meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MeetingInvitees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingInvitees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingInvitees_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingInvitees_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_MeetingId_Kind",
                table: "Tasks",
                columns: new[] { "MeetingId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalActions_MeetingId_PersonId",
                table: "PersonalActions",
                columns: new[] { "MeetingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingInvitees_MeetingId_PersonId",
                table: "MeetingInvitees",
                columns: new[] { "MeetingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingInvitees_PersonId",
                table: "MeetingInvitees",
                column: "PersonId");

            SessionsKernelData.CopySessionsToMeetings(migrationBuilder);

            migrationBuilder.DropTable(
                name: "SessionParticipants");

            migrationBuilder.DropTable(
                name: "LiveSessions");

            migrationBuilder.DropColumn(
                name: "SessionId",
                table: "Meetings");

            migrationBuilder.AddForeignKey(
                name: "FK_BoardItems_Meetings_MeetingId",
                table: "BoardItems",
                column: "MeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_GroupMembers_Meetings_MeetingId",
                table: "GroupMembers",
                column: "MeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PersonalActions_Meetings_MeetingId",
                table: "PersonalActions",
                column: "MeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
