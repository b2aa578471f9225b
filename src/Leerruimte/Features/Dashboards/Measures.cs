using Leerruimte.Data;
using Leerruimte.Features.BoardSessions;
using Leerruimte.Features.Consultations;
using Leerruimte.Features.Meetings;
using Leerruimte.Features.Sessions;

namespace Leerruimte.Features.Dashboards;

/// <summary>What a dashboard counts. The part of a record is the module (meetings, actions), the 70-20-10 category (log) or the kind of session.</summary>
public enum Measure { Meetings, Actions, Learning, Sessions }

/// <summary>
/// The records of each measure for some teams in one reporting year, as <see cref="Fact"/>s for <see cref="Cells"/>.
/// Only what was held (closed) counts; attendance is who was marked present; an action counts once its follow-up
/// has a second rating, so before and after come from the same people.
/// </summary>
public static class Measures
{
    public const string ConsultationPart = "casusoverleg", BoardSessionPart = "bordsessie";

    public static IQueryable<Fact> Of(LeerruimteDb db, Measure measure, IQueryable<Guid> teams, ReportingYear year) => measure switch
    {
        Measure.Meetings => Meetings(db, teams, year),
        Measure.Actions => Actions(db, teams, year),
        Measure.Learning => Learning(db, teams, year),
        _ => Sessions(db, teams, year),
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
}
