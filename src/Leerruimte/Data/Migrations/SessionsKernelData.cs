using Microsoft.EntityFrameworkCore.Migrations;

namespace Leerruimte.Data.Migrations;

/// <summary>
/// The data part of the SessionsKernel migration (both providers): every meeting gets a live session with the same id
/// and its live state, its invitees become the session's participants, board notes and groups keep their ids (now
/// session ids), and personal actions and tasks point at their meeting as an origin. Down does the reverse.
/// Kept apart from the generated migrations so they can be generated again without losing it.
/// </summary>
public static class SessionsKernelData
{
    private static bool Postgres(MigrationBuilder m) => m.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>Right after the new tables exist, before the meetings lose their live columns.</summary>
    public static void CopyMeetingsToSessions(MigrationBuilder m)
    {
        var (scriptRef, noSteps) = Postgres(m) ? ("\"ModuleVersionId\"::text", "'{}'") : ("lower(\"ModuleVersionId\")", "'[]'");
        m.Sql($"""
            INSERT INTO "LiveSessions" ("Id", "OrganisationId", "OriginKind", "OriginId", "ScriptRef", "FacilitatorId", "Status", "StepIndex",
                "ClockStartedAt", "ClockElapsedSeconds", "ClockExtraSeconds", "SubTimerIndex", "SubTimerStartedAt", "StartedAt", "ClosedAt",
                "AddedSteps", "Revision", "CreatedAt")
            SELECT "Id", "OrganisationId", 'meeting', "Id", {scriptRef}, "FacilitatorId", "Status", "AgendaIndex",
                "ClockStartedAt", "ClockElapsedSeconds", "ClockExtraSeconds", "TimedStepIndex", "TimedStepStartedAt", "StartedAt", "ClosedAt",
                {noSteps}, "Revision", "CreatedAt"
            FROM "Meetings";
            """);
        m.Sql("""
            INSERT INTO "SessionParticipants" ("Id", "OrganisationId", "SessionId", "PersonId", "Role", "Present", "JoinedAt")
            SELECT "Id", "OrganisationId", "MeetingId", "PersonId", 0, "Present", "JoinedAt" FROM "MeetingInvitees";
            """);
    }

    /// <summary>Once the new columns exist, before their indexes and foreign keys: meetings, actions and tasks point at their session or origin.</summary>
    public static void PointAtSessions(MigrationBuilder m)
    {
        m.Sql("""UPDATE "Meetings" SET "SessionId" = "Id";""");
        m.Sql("""UPDATE "PersonalActions" SET "OriginKind" = 'meeting';""");
        m.Sql("""UPDATE "Tasks" SET "OriginKind" = 'meeting';""");
    }

    /// <summary>Down, first: what came from other hosts than meetings has no place in the old schema.</summary>
    public static void ForgetOtherOrigins(MigrationBuilder m)
    {
        m.Sql("""DELETE FROM "PersonalActions" WHERE "OriginKind" <> 'meeting';""");
        m.Sql("""DELETE FROM "Tasks" WHERE "OriginKind" <> 'meeting';""");
        m.Sql("""DELETE FROM "BoardItems" WHERE "SessionId" NOT IN (SELECT "SessionId" FROM "Meetings");""");
        m.Sql("""DELETE FROM "GroupMembers" WHERE "SessionId" NOT IN (SELECT "SessionId" FROM "Meetings");""");
    }

    /// <summary>Down, once the old columns and the invitees table are back and before the sessions go: the live state back on the meetings.</summary>
    public static void CopySessionsToMeetings(MigrationBuilder m)
    {
        const string session = """FROM "LiveSessions" s WHERE s."Id" = "Meetings"."SessionId" """;
        m.Sql($"""
            UPDATE "Meetings" SET
                "AgendaIndex" = (SELECT s."StepIndex" {session}),
                "ClockStartedAt" = (SELECT s."ClockStartedAt" {session}),
                "ClockElapsedSeconds" = (SELECT s."ClockElapsedSeconds" {session}),
                "ClockExtraSeconds" = (SELECT s."ClockExtraSeconds" {session}),
                "TimedStepIndex" = (SELECT s."SubTimerIndex" {session}),
                "TimedStepStartedAt" = (SELECT s."SubTimerStartedAt" {session}),
                "StartedAt" = (SELECT s."StartedAt" {session}),
                "ClosedAt" = (SELECT s."ClosedAt" {session}),
                "Revision" = (SELECT s."Revision" {session});
            """);
        m.Sql("""
            INSERT INTO "MeetingInvitees" ("Id", "OrganisationId", "MeetingId", "PersonId", "Present", "JoinedAt")
            SELECT p."Id", p."OrganisationId", m."Id", p."PersonId", p."Present", p."JoinedAt"
            FROM "SessionParticipants" p JOIN "Meetings" m ON m."SessionId" = p."SessionId";
            """);
        m.Sql("""UPDATE "BoardItems" SET "MeetingId" = (SELECT m."Id" FROM "Meetings" m WHERE m."SessionId" = "BoardItems"."MeetingId");""");
        m.Sql("""UPDATE "GroupMembers" SET "MeetingId" = (SELECT m."Id" FROM "Meetings" m WHERE m."SessionId" = "GroupMembers"."MeetingId");""");
    }
}
