using Leerruimte.Features.People;
using Leerruimte.Data;
using Leerruimte.Features.ContentPacks;
using Leerruimte.Features.Modules;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Meetings.Live;

public sealed record AttendeeView(Guid Id, string Name, bool Present);

/// <summary>Everything a meeting screen shows, loaded from the database: the start, and the catch-up after a lost connection.</summary>
public sealed record MeetingSnapshot(
    Meeting Meeting, ModulePack Module, LiveState State, List<BoardItemView> Items,
    Dictionary<string, List<GroupView>> Groups, List<AttendeeView> Attendees)
{
    public static async Task<MeetingSnapshot?> LoadAsync(LeerruimteDb db, ContentCatalogue catalogue, Guid meetingId, DateTime now, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Invitees).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return null;
        var module = await catalogue.ByVersionIdAsync<ModulePack>(meeting.ModuleVersionId, ct);
        if (module is null) return null;

        var ids = meeting.Invitees.Select(i => i.PersonId).ToList();
        var names = await db.Users.Where(p => ids.Contains(p.Id) || p.Id == meeting.FacilitatorId).DisplayNamesAsync(ct);
        var items = await db.BoardItems.AsNoTracking().Where(i => i.MeetingId == meetingId).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var members = await db.GroupMembers.AsNoTracking().Where(g => g.MeetingId == meetingId).ToListAsync(ct);

        return new MeetingSnapshot(
            meeting, module, LiveStates.Of(meeting, module, now),
            items.Select(i => View(i, module, names)).ToList(),
            members.GroupBy(g => g.AssignmentId).ToDictionary(g => g.Key, g => GroupsOf(g, names)),
            meeting.Invitees.Select(i => new AttendeeView(i.PersonId, names.GetValueOrDefault(i.PersonId, "?"), i.Present)).OrderBy(a => a.Name).ToList());
    }

    public static BoardItemView View(BoardItem item, ModulePack module, IReadOnlyDictionary<Guid, string> names) =>
        BoardItemView.Of(item, module, names.GetValueOrDefault(item.AuthorId));

    public static List<GroupView> GroupsOf(IEnumerable<GroupMember> members, IReadOnlyDictionary<Guid, string> names) =>
        members.GroupBy(m => m.GroupNumber).OrderBy(g => g.Key)
            .Select(g => new GroupView(g.Key, g.Select(m => new GroupPersonView(m.PersonId, names.GetValueOrDefault(m.PersonId, "?"))).OrderBy(p => p.Name).ToList()))
            .ToList();
}
