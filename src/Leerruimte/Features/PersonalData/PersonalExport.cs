using System.Text.Json;
using Leerruimte.Authorization;
using Leerruimte.Data;
using Leerruimte.Features.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.PersonalData;

/// <summary>Everything the app keeps about the signed-in person, as one JSON document they can take with them.</summary>
public static class PersonalExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static async Task<object> CollectAsync(LeerruimteDb db, Guid me, DateTime now, CancellationToken ct = default)
    {
        var person = await db.Users.AsNoTracking().Where(p => p.Id == me).Select(p => new { p.DisplayName, p.Email, p.CreatedAt, p.RegisterNumber }).SingleAsync(ct);
        return new
        {
            ExportedAt = now,
            Person = person,
            Teams = await db.TeamMemberships.AsNoTracking().Where(m => m.PersonId == me).Select(m => new { Team = m.Team!.Name, m.Role }).ToListAsync(ct),
            Actions = await db.PersonalActions.AsNoTracking().Where(a => a.PersonId == me)
                .Select(a => new
                {
                    // Scalar subqueries: SQLite cannot translate a row taken from another table here (no APPLY).
                    Meeting = db.Meetings.Where(m => a.OriginKind == Origin.MeetingKind && m.Id == a.OriginId).Select(m => m.Title).FirstOrDefault(),
                    StartsAt = db.Meetings.Where(m => a.OriginKind == Origin.MeetingKind && m.Id == a.OriginId).Select(m => (DateTime?)m.StartsAt).FirstOrDefault(),
                    a.Text, a.RatingBefore, a.RatingAfter, a.WhatIDid, a.WhatILearned, a.SharedWithLeader,
                    Cycles = a.Cycles.Select(c => new { c.Number, c.PlanWhat, c.PlanHow, c.PlanExpectation, c.PlanCheck, c.DoObservations, c.CheckResults, c.CheckAnalysis, c.CheckExpectationsMet, c.CheckLessons, c.ActDecision, c.ActNotes }) })
                .ToListAsync(ct),
            BoardNotes = await db.BoardItems.AsNoTracking().Where(i => i.AuthorId == me).Select(i => new { i.Text, i.CreatedAt }).ToListAsync(ct),
            Measurements = await db.Measurements.AsNoTracking().Where(m => m.PersonId == me)
                .Select(m => new { m.Title, m.InstrumentId, m.InstrumentVersion, m.Kind, m.CreatedAt, m.CompletedAt, Scores = m.Scores.Select(s => new { s.StatementId, s.Value }) })
                .ToListAsync(ct),
            DevelopmentPlan = await db.DevelopmentPoints.AsNoTracking().Where(p => p.PersonId == me)
                .Select(p => new { p.Title, p.Goal, p.Motivation, p.Routes, p.Needs, p.FirstStep, p.TargetDate, p.Status, p.StatementText, History = p.History.Select(h => new { h.At, h.Status, h.Note }) })
                .ToListAsync(ct),
            Reflections = await db.Reflections.AsNoTracking().Where(r => r.PersonId == me).Select(r => new { r.Date, r.Situation, r.Task, r.Action, r.Result, r.Lessons }).ToListAsync(ct),
            LearningActivities = await db.LearningActivities.AsNoTracking().Where(a => a.PersonId == me)
                .Select(a => new { a.Date, a.StartTime, a.Title, a.Category, a.Kind, a.Minutes, a.Notes, a.EvidenceFileName, a.ConfirmedAt }).ToListAsync(ct),
            SharedByMe = await db.Shares.AsNoTracking().Where(s => s.OwnerId == me)
                .Select(s => new { s.Kind, s.ItemId, Recipient = s.Recipient != null ? s.Recipient.DisplayName : null, s.TeamId, s.CreatedAt }).ToListAsync(ct),
            MatchConsents = await db.MatchConsents.AsNoTracking().Where(c => c.PersonId == me)
                .Select(c => new { Team = db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(), c.CreatedAt }).ToListAsync(ct),
            KnowledgeMap = new
            {
                StrengthsShownIn = await db.KnowledgeConsents.AsNoTracking().Where(c => c.PersonId == me)
                    .Select(c => new { Team = db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(), c.CreatedAt }).ToListAsync(ct),
                SpecialistIn = await db.Specialists.AsNoTracking().Where(s => s.PersonId == me)
                    .Select(s => new { Team = db.Teams.Where(t => t.Id == s.TeamId).Select(t => t.Name).FirstOrDefault(), s.Topic, s.CreatedAt }).ToListAsync(ct),
            },
        };
    }

    /// <summary>The same document written straight into a stream (the zip's gegevens.json).</summary>
    public static async Task WriteJsonAsync(Stream target, LeerruimteDb db, Guid me, DateTime now, CancellationToken ct = default) =>
        await JsonSerializer.SerializeAsync(target, await CollectAsync(db, me, now, ct), Json, ct);

    public static IEndpointRouteBuilder MapPersonalExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/mijn-gegevens/export.json", async (LeerruimteDb db, CurrentUser user, TimeProvider clock) =>
            Results.File(JsonSerializer.SerializeToUtf8Bytes(await CollectAsync(db, user.RequirePersonId(), clock.GetUtcNow().UtcDateTime), Json), "application/json", "leerruimte-mijn-gegevens.json"))
            .RequireAuthorization();
        app.MapPersonalZip();
        return app;
    }
}
