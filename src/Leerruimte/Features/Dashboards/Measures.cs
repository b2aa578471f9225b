using Leerruimte.Data;
using Leerruimte.Features.BoardSessions;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.Development;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;
using Leerruimte.Features.Sharing;
using Leerruimte.Features.TeamActions;

namespace Leerruimte.Features.Dashboards;

/// <summary>
/// What a dashboard counts. The part of a record is the module (meetings, actions), the 70-20-10 category (log), the
/// kind of session, the statement of a module's feedback form, the instrument of the meter, the kind of open work or
/// the meter statement a development point is about.
/// </summary>
public enum Measure { Meetings, Actions, Learning, Sessions, Feedback, Meter, Open, Topics }

/// <summary>
/// The records of each measure for some teams in one reporting year, as <see cref="Fact"/>s for <see cref="Cells"/>.
/// Only what was held (closed) counts; attendance is who was marked present; an action counts once its follow-up
/// has a second rating, so before and after come from the same people.
/// </summary>
public static class Measures
{
    public const string ConsultationPart = "casusoverleg", BoardSessionPart = "bordsessie";
    public const string AwaitingFollowUpPart = "vervolg-open", TeamActionOpenPart = "teamactie-open", TeamActionDonePart = "teamactie-klaar";
    public const string OwnTopicPart = "eigen-onderwerp";

    /// <summary>The records of a measure; the feedback form's need a module, as its statements are that module's.</summary>
    public static IQueryable<Fact> Of(LeerruimteDb db, Measure measure, IQueryable<Guid> teams, ReportingYear year, string? module) => measure switch
    {
        Measure.Meetings => Meetings(db, teams, year),
        Measure.Actions => Actions(db, teams, year),
        Measure.Learning => Learning(db, teams, year),
        Measure.Sessions => Sessions(db, teams, year),
        Measure.Feedback => Feedback(db, teams, year, module ?? ""),
        Measure.Meter => Meter(db, teams, year),
        Measure.Open => Open(db, teams, year),
        _ => Topics(db, teams, year),
    };

    private static IQueryable<Fact> Meetings(LeerruimteDb db, IQueryable<Guid> teams, ReportingYear y)
    {
        DateTime start = y.Start, end = y.End, q2 = y.QuarterStart(2), q3 = y.QuarterStart(3), q4 = y.QuarterStart(4);
        return from m in db.Meetings
               where teams.Contains(m.TeamId) && m.Status == MeetingStatus.Closed && m.StartsAt >= start && m.StartsAt < end
               join p in db.SessionParticipants on m.SessionId equals p.SessionId
               where p.Present
               select new Fact
               {
                   TeamId = m.TeamId, Part = m.ModuleId, PersonId = p.PersonId, ItemId = m.Id, A = 0, B = 0,
                   Quarter = m.StartsAt < q2 ? 1 : m.StartsAt < q3 ? 2 : m.StartsAt < q4 ? 3 : 4,
               };
    }

    private static IQueryable<Fact> Actions(LeerruimteDb db, IQueryable<Guid> teams, ReportingYear y)
    {
        DateTime start = y.Start, end = y.End, q2 = y.QuarterStart(2), q3 = y.QuarterStart(3), q4 = y.QuarterStart(4);
        return from m in db.Meetings
               where teams.Contains(m.TeamId) && m.StartsAt >= start && m.StartsAt < end
               join a in db.PersonalActions on new { Kind = Origin.MeetingKind, Id = m.Id } equals new { Kind = a.OriginKind, Id = a.OriginId }
               where a.RatingAfter != null
               select new Fact
               {
                   TeamId = m.TeamId, Part = m.ModuleId, PersonId = a.PersonId, ItemId = a.Id, A = a.RatingBefore, B = a.RatingAfter!.Value,
                   Quarter = m.StartsAt < q2 ? 1 : m.StartsAt < q3 ? 2 : m.StartsAt < q4 ? 3 : 4,
               };
    }

    /// <summary>Log entries of the team's members: one person in two teams counts in both, as the learning is theirs.</summary>
    private static IQueryable<Fact> Learning(LeerruimteDb db, IQueryable<Guid> teams, ReportingYear y)
    {
        DateOnly first = y.FirstDay, last = y.LastDay, q2 = y.QuarterFirstDay(2), q3 = y.QuarterFirstDay(3), q4 = y.QuarterFirstDay(4);
        return from a in db.LearningActivities
               where a.Date >= first && a.Date <= last
               join t in db.TeamMemberships on a.PersonId equals t.PersonId
               where teams.Contains(t.TeamId)
               select new Fact
               {
                   TeamId = t.TeamId, Part = ((int)a.Category).ToString(), PersonId = a.PersonId, ItemId = a.Id, A = a.Minutes, B = 0,
                   Quarter = a.Date < q2 ? 1 : a.Date < q3 ? 2 : a.Date < q4 ? 3 : 4,
               };
    }

    private static IQueryable<Fact> Sessions(LeerruimteDb db, IQueryable<Guid> teams, ReportingYear y)
    {
        DateTime start = y.Start, end = y.End, q2 = y.QuarterStart(2), q3 = y.QuarterStart(3), q4 = y.QuarterStart(4);
        var consultations = from c in db.CaseConsultations
                            where teams.Contains(c.TeamId) && c.Status == ConsultationStatus.Closed && c.StartsAt >= start && c.StartsAt < end
                            join p in db.SessionParticipants on c.SessionId equals p.SessionId
                            where p.Present
                            select new Fact
                            {
                                TeamId = c.TeamId, Part = ConsultationPart, PersonId = p.PersonId, ItemId = c.Id, A = 0, B = 0,
                                Quarter = c.StartsAt < q2 ? 1 : c.StartsAt < q3 ? 2 : c.StartsAt < q4 ? 3 : 4,
                            };
        var boards = from b in db.BoardSessions
                     where teams.Contains(b.TeamId) && b.Status == BoardSessionStatus.Closed && b.StartsAt >= start && b.StartsAt < end
                     join p in db.SessionParticipants on b.SessionId equals p.SessionId
                     where p.Present
                     select new Fact
                     {
                         TeamId = b.TeamId, Part = BoardSessionPart, PersonId = p.PersonId, ItemId = b.Id, A = 0, B = 0,
                         Quarter = b.StartsAt < q2 ? 1 : b.StartsAt < q3 ? 2 : b.StartsAt < q4 ? 3 : 4,
                     };
        return consultations.Concat(boards);
    }

    /// <summary>
    /// The scores of the feedback forms sent on the module's meetings, per statement. The group is who was present: the
    /// form speaks of their meeting. Each present person carries a share of the score (score / present), so a cell's
    /// sum over its meetings is the sum of their scores and <see cref="Cell.AveragePerItemA"/> the mean per meeting.
    /// </summary>
    private static IQueryable<Fact> Feedback(LeerruimteDb db, IQueryable<Guid> teams, ReportingYear y, string module)
    {
        DateTime start = y.Start, end = y.End, q2 = y.QuarterStart(2), q3 = y.QuarterStart(3), q4 = y.QuarterStart(4);
        return from m in db.Meetings
               where teams.Contains(m.TeamId) && m.ModuleId == module && m.Status == MeetingStatus.Closed && m.StartsAt >= start && m.StartsAt < end
               join r in db.FeedbackReports on m.Id equals r.MeetingId
               join a in db.FormAnswers on r.ResponseId equals a.ResponseId
               where a.Number != null
               join p in db.SessionParticipants on m.SessionId equals p.SessionId
               where p.Present
               select new Fact
               {
                   TeamId = m.TeamId, Part = a.QuestionId, PersonId = p.PersonId, ItemId = m.Id, B = 0,
                   A = (double)a.Number!.Value / db.SessionParticipants.Count(x => x.SessionId == m.SessionId && x.Present),
                   Quarter = m.StartsAt < q2 ? 1 : m.StartsAt < q3 ? 2 : m.StartsAt < q4 ? 3 : 4,
               };
    }

    /// <summary>The meter measurements members chose to count in the team (as the team's development page does), each as its mean score.</summary>
    private static IQueryable<Fact> Meter(LeerruimteDb db, IQueryable<Guid> teams, ReportingYear y)
    {
        DateTime start = y.Start, end = y.End, q2 = y.QuarterStart(2), q3 = y.QuarterStart(3), q4 = y.QuarterStart(4);
        return from s in db.Shares
               where s.Kind == ShareKind.Measurement && s.TeamId != null && teams.Contains(s.TeamId.Value)
               join ms in db.Measurements on s.ItemId equals ms.Id
               where ms.CompletedAt != null && ms.CompletedAt >= start && ms.CompletedAt < end && ms.PersonId == s.OwnerId
               select new Fact
               {
                   TeamId = s.TeamId!.Value, Part = ms.InstrumentId, PersonId = ms.PersonId, ItemId = ms.Id, B = 0,
                   A = ms.Scores.Average(x => (double)x.Value),
                   Quarter = ms.CompletedAt < q2 ? 1 : ms.CompletedAt < q3 ? 2 : ms.CompletedAt < q4 ? 3 : 4,
               };
    }

    /// <summary>
    /// Work still to do, by the quarter it began: own actions of held meetings whose follow-up is not answered, and the
    /// team's actions open and done. A team action without an owner counts as the team's (one group member).
    /// </summary>
    private static IQueryable<Fact> Open(LeerruimteDb db, IQueryable<Guid> teams, ReportingYear y)
    {
        DateTime start = y.Start, end = y.End, q2 = y.QuarterStart(2), q3 = y.QuarterStart(3), q4 = y.QuarterStart(4);
        var followUps = from m in db.Meetings
                        where teams.Contains(m.TeamId) && m.Status == MeetingStatus.Closed && m.StartsAt >= start && m.StartsAt < end
                        join a in db.PersonalActions on new { Kind = Origin.MeetingKind, Id = m.Id } equals new { Kind = a.OriginKind, Id = a.OriginId }
                        where a.RatingAfter == null
                        select new Fact
                        {
                            TeamId = m.TeamId, Part = AwaitingFollowUpPart, PersonId = a.PersonId, ItemId = a.Id, A = 0, B = 0,
                            Quarter = m.StartsAt < q2 ? 1 : m.StartsAt < q3 ? 2 : m.StartsAt < q4 ? 3 : 4,
                        };
        var teamActions = from t in db.TeamActions
                          where teams.Contains(t.TeamId) && t.Status != TeamActionStatus.Dropped && t.CreatedAt >= start && t.CreatedAt < end
                          select new Fact
                          {
                              TeamId = t.TeamId, Part = t.Status == TeamActionStatus.Open ? TeamActionOpenPart : TeamActionDonePart,
                              PersonId = t.OwnerId ?? t.TeamId, ItemId = t.Id, A = 0, B = 0,
                              Quarter = t.CreatedAt < q2 ? 1 : t.CreatedAt < q3 ? 2 : t.CreatedAt < q4 ? 3 : 4,
                          };
        return followUps.Concat(teamActions);
    }

    /// <summary>What the team's members want to develop in: their development points begun in the year and not dropped, by meter statement.</summary>
    private static IQueryable<Fact> Topics(LeerruimteDb db, IQueryable<Guid> teams, ReportingYear y)
    {
        DateTime start = y.Start, end = y.End, q2 = y.QuarterStart(2), q3 = y.QuarterStart(3), q4 = y.QuarterStart(4);
        return from d in db.DevelopmentPoints
               where d.Status != PointStatus.Dropped && d.CreatedAt >= start && d.CreatedAt < end
               join t in db.TeamMemberships on d.PersonId equals t.PersonId
               where teams.Contains(t.TeamId)
               select new Fact
               {
                   TeamId = t.TeamId, Part = d.StatementId ?? OwnTopicPart, PersonId = d.PersonId, ItemId = d.Id, A = 0, B = 0,
                   Quarter = d.CreatedAt < q2 ? 1 : d.CreatedAt < q3 ? 2 : d.CreatedAt < q4 ? 3 : 4,
               };
    }
}
