using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TrainerOrganisationRole : Migration
    {
        private const string RoleId = "CAST('0193a6c2-7e1a-7b00-9c00-000000000013' AS uuid)";

        // The trainer was a team role (3); it is an organisation role now (docs/decisions/0013-trainer-organisation-role.md).
        // The role row is made here when an older release never made it, so no trainer loses the role.
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp")
                SELECT {RoleId}, 'trainer', 'TRAINER', 'trainer-organisation-role'
                WHERE NOT EXISTS (SELECT 1 FROM "AspNetRoles" WHERE "NormalizedName" = 'TRAINER');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
                SELECT DISTINCT m."PersonId", r."Id"
                FROM "TeamMemberships" m JOIN "AspNetRoles" r ON r."NormalizedName" = 'TRAINER'
                WHERE m."Role" = 3
                  AND NOT EXISTS (SELECT 1 FROM "AspNetUserRoles" u WHERE u."UserId" = m."PersonId" AND u."RoleId" = r."Id");
                """);
            migrationBuilder.Sql("""DELETE FROM "TeamMemberships" WHERE "Role" = 3;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Which team a trainer was in is gone; going back leaves them a trainer without a team.
        }
    }
}
