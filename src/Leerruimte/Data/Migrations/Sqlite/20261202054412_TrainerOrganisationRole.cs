using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerruimte.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrainerOrganisationRole : Migration
    {
        private const string RoleId = "'0193A6C2-7E1A-7B00-9C00-000000000013'";

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
