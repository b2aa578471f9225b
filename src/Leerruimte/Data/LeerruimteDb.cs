using Leerruimte.Features.Actions;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Development;
using Leerruimte.Features.Forms;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Sharing;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Scheduling;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Organisations;
using Leerruimte.Features.People;
using Leerruimte.Features.Teams;
using Leerruimte.Features.TeamGoals;
using Leerruimte.Infrastructure.Mail;
using Leerruimte.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Data;

/// <summary>
/// The one database of the app. Provider-specific subclasses exist only so each provider keeps its own
/// migrations (docs/decisions/0002-two-providers-one-context.md).
/// </summary>
public abstract class LeerruimteDb(DbContextOptions options, TenantContext tenant)
    : IdentityDbContext<Person, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    // Read by the query filters; EF re-evaluates these per query, per context instance.
    internal Guid? CurrentOrganisationId => tenant.OrganisationId;
    internal bool AccountLookup => tenant.AccountLookup;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMembership> TeamMemberships => Set<TeamMembership>();
    public DbSet<ContentPackVersion> ContentPackVersions => Set<ContentPackVersion>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<LiveSession> LiveSessions => Set<LiveSession>();
    public DbSet<SessionParticipant> SessionParticipants => Set<SessionParticipant>();
    public DbSet<BoardItem> BoardItems => Set<BoardItem>();
    public DbSet<BoardItemRemoval> BoardItemRemovals => Set<BoardItemRemoval>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<FeedbackReport> FeedbackReports => Set<FeedbackReport>();
    public DbSet<FormResponse> FormResponses => Set<FormResponse>();
    public DbSet<FormAnswer> FormAnswers => Set<FormAnswer>();
    public DbSet<PersonalAction> PersonalActions => Set<PersonalAction>();
    public DbSet<PdcaCycle> PdcaCycles => Set<PdcaCycle>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<PersonTask> Tasks => Set<PersonTask>();
    public DbSet<MailPreference> MailPreferences => Set<MailPreference>();
    public DbSet<MailDigest> MailDigests => Set<MailDigest>();
    public DbSet<ScheduledJob> ScheduledJobs => Set<ScheduledJob>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<PublishedTeamAverage> PublishedTeamAverages => Set<PublishedTeamAverage>();
    public DbSet<MeasurementScore> MeasurementScores => Set<MeasurementScore>();
    public DbSet<DevelopmentPoint> DevelopmentPoints => Set<DevelopmentPoint>();
    public DbSet<DevelopmentPointEvent> DevelopmentPointEvents => Set<DevelopmentPointEvent>();
    public DbSet<Reflection> Reflections => Set<Reflection>();
    public DbSet<LearningActivity> LearningActivities => Set<LearningActivity>();
    public DbSet<Share> Shares => Set<Share>();
    public DbSet<Features.Cases.TeamCase> TeamCases => Set<Features.Cases.TeamCase>();
    public DbSet<Features.Cases.CaseConfirmation> CaseConfirmations => Set<Features.Cases.CaseConfirmation>();
    public DbSet<Features.TeamActions.TeamAction> TeamActions => Set<Features.TeamActions.TeamAction>();
    public DbSet<Features.Consultations.CaseConsultation> CaseConsultations => Set<Features.Consultations.CaseConsultation>();
    public DbSet<Features.Consultations.ConsultationSeries> ConsultationSeries => Set<Features.Consultations.ConsultationSeries>();
    public DbSet<Features.BoardSessions.BoardSession> BoardSessions => Set<Features.BoardSessions.BoardSession>();
    public DbSet<Features.AgendaSessions.AgendaSession> AgendaSessions => Set<Features.AgendaSessions.AgendaSession>();
    public DbSet<Features.AgendaSessions.AgendaSessionItem> AgendaSessionItems => Set<Features.AgendaSessions.AgendaSessionItem>();
    public DbSet<MatchConsent> MatchConsents => Set<MatchConsent>();
    public DbSet<TeamGoal> TeamGoals => Set<TeamGoal>();
    public DbSet<GoalValue> GoalValues => Set<GoalValue>();
    public DbSet<Features.SocialMap.Partner> Partners => Set<Features.SocialMap.Partner>();
    public DbSet<Features.SocialMap.MapGap> MapGaps => Set<Features.SocialMap.MapGap>();
    public DbSet<Features.SocialMap.GapConfirmation> GapConfirmations => Set<Features.SocialMap.GapConfirmation>();
    public DbSet<Features.KnowledgeMap.Specialist> Specialists => Set<Features.KnowledgeMap.Specialist>();
    public DbSet<Features.KnowledgeMap.KnowledgeConsent> KnowledgeConsents => Set<Features.KnowledgeMap.KnowledgeConsent>();
    public DbSet<Features.MonthTopics.MonthTopic> MonthTopics => Set<Features.MonthTopics.MonthTopic>();
    public DbSet<Features.Cohorts.Cohort> Cohorts => Set<Features.Cohorts.Cohort>();
    public DbSet<Features.Cohorts.CohortParticipant> CohortParticipants => Set<Features.Cohorts.CohortParticipant>();
    public DbSet<Features.Cohorts.CohortSession> CohortSessions => Set<Features.Cohorts.CohortSession>();
    public DbSet<Features.RunningCases.CaseRole> CaseRoles => Set<Features.RunningCases.CaseRole>();
    public DbSet<Features.RunningCases.StageRelease> StageReleases => Set<Features.RunningCases.StageRelease>();
    public DbSet<Features.ConversationRoute.RouteAnswer> RouteAnswers => Set<Features.ConversationRoute.RouteAnswer>();
    public DbSet<Features.ConversationReports.ConversationReport> ConversationReports => Set<Features.ConversationReports.ConversationReport>();
    public DbSet<Features.ConversationReports.ReportDomain> ReportDomains => Set<Features.ConversationReports.ReportDomain>();
    public DbSet<Features.ConversationReports.ReportIcf> ReportIcfTexts => Set<Features.ConversationReports.ReportIcf>();
    public DbSet<Features.ConversationReports.SupportPlanRow> SupportPlanRows => Set<Features.ConversationReports.SupportPlanRow>();
    public DbSet<Features.ConversationReports.ReportConfirmation> ReportConfirmations => Set<Features.ConversationReports.ReportConfirmation>();
    public DbSet<Features.ConversationReports.ReportComment> ReportComments => Set<Features.ConversationReports.ReportComment>();
    public DbSet<Features.RolePlays.RolePlay> RolePlays => Set<Features.RolePlays.RolePlay>();
    public DbSet<Features.RolePlays.RolePlayPart> RolePlayParts => Set<Features.RolePlays.RolePlayPart>();
    public DbSet<Authorization.SignInSession> SignInSessions => Set<Authorization.SignInSession>();

    /// <summary>The key ring that signs cookies and links, shared by every instance (docs/decisions/0008-several-instances.md).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LeerruimteDb).Assembly);
        ClientGeneratedKeys(builder);
        TenantFilters.Apply(builder, this);
    }

    /// <summary>
    /// Our entities make their own ids (Guid v7) when constructed. Telling EF so makes a new child added
    /// through a navigation (session.Participants.Add) an insert; otherwise EF takes the set id for an existing row.
    /// </summary>
    private static void ClientGeneratedKeys(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Assembly == typeof(LeerruimteDb).Assembly && !e.IsOwned()))
            if (entity.FindPrimaryKey()?.Properties is [{ Name: "Id", ClrType: var type } key] && type == typeof(Guid))
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqliteLeerruimteDb(DbContextOptions<SqliteLeerruimteDb> options, TenantContext tenant)
    : LeerruimteDb(options, tenant);

public sealed class PostgresLeerruimteDb(DbContextOptions<PostgresLeerruimteDb> options, TenantContext tenant)
    : LeerruimteDb(options, tenant);
