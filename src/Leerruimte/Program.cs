using Leerruimte.Authorization;
using Leerruimte.Components;
using Leerruimte.Data;
using Leerruimte.Features.Account;
using Leerruimte.Features.Actions;
using Leerruimte.Features.AgendaSessions;
using Leerruimte.Features.BoardSessions;
using Leerruimte.Features.Cases;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.Dashboards;
using Leerruimte.Features.Declarations;
using Leerruimte.Features.ConversationRoute;
using Leerruimte.Features.CaseAssignments;
using Leerruimte.Features.Cohorts;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Demo;
using Leerruimte.Features.Development;
using Leerruimte.Features.Evaluation;
using Leerruimte.Features.Forms;
using Leerruimte.Features.LearningLog;
using Leerruimte.Features.Meter;
using Leerruimte.Features.Modules;
using Leerruimte.Features.PersonalData;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Meetings.Live;
using Leerruimte.Features.Notifications;
using Leerruimte.Features.Scheduling;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.People;
using Leerruimte.Features.References;
using Leerruimte.Features.RolePlays;
using Leerruimte.Features.RunningCases;
using Leerruimte.Features.ConversationReports;
using Leerruimte.Features.Sharing;
using Leerruimte.Features.TeamActions;
using Leerruimte.Features.Teams;
using Leerruimte.Features.TeamGoals;
using Leerruimte.Features.TrainingProgrammes;
using Leerruimte.Features.SocialMap;
using Leerruimte.Features.KnowledgeMap;
using Leerruimte.Features.MonthTopics;
using Leerruimte.Features.WorkForms;
using Leerruimte.Infrastructure;
using Leerruimte.Infrastructure.Mail;

// The app's own files (settings, wwwroot, content packs) are found next to it, whatever folder a service
// manager or container starts it from; relative settings (the data folder) are taken from there too.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddDatabase();
builder.AddSharedKeyRing();
builder.AddIdentityAndAuthorization();
builder.AddLocalizationSupport();
builder.AddMail();
builder.AddContentPacks();
builder.AddAccount();
builder.AddPeople();
builder.AddTeams();
builder.AddModules();
builder.AddReferences();
builder.AddWorkForms();
builder.AddCaseAssignments();
builder.AddTrainingProgrammes();
builder.AddRunningCases();
builder.AddRolePlays();
builder.AddConversationReports();
builder.AddConversationRoute();
builder.AddScheduling();
builder.AddNotifications();
builder.AddForms();
builder.AddMeetings();
builder.AddSessions();
builder.AddLiveMeetings();
builder.AddEvaluation();
builder.AddActions();
builder.AddMeter();
builder.AddDevelopment();
builder.AddCases();
builder.AddTeamActions();
builder.AddConsultations();
builder.AddBoardSessions();
builder.AddAgendaSessions();
builder.AddLearningLog();
builder.AddDeclarations();
builder.AddSharing();
builder.AddPersonalData();
builder.AddTeamGoals();
builder.AddSocialMap();
builder.AddKnowledgeMap();
builder.AddMonthTopics();
builder.AddCohorts();
builder.AddDemo();
builder.AddPublicLinks();

var app = builder.Build();

// The pack check reads packs with the kinds the features registered above, then ends without starting the app.
if (args is ["validate-packs", ..])
    return PackFolder.ValidateCommand(app.Services.GetRequiredService<PackParser>(), args.Length > 1 ? args[1] : "content", Console.Out);

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/fout", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseRequestLocalization();
app.UseAuthentication();
app.UseCurrentUser();
app.UseAuthorization();
app.UseSessionScreens();
app.UseQueryValueCheck();
app.UseRequestSizeLimits();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapGet("/ping", () => "pong").ExcludeFromDescription(); // the benchmark's baseline
app.MapAccountEndpoints();
app.MapSessions();
app.MapEvidence();
app.MapDeclarationPdf();
app.MapDashboardExports();
app.MapPersonalExport();
app.MapMeetingBoard();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.MigrateDatabaseAsync();
await app.LoadShippedPacksAsync();
await app.SeedDemoAsync();
await app.RunAsync();
return 0;

public partial class Program;
