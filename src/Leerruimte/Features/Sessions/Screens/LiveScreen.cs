using Leerruimte.Authorization;
using Leerruimte.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Leerruimte.Features.Sessions.Screens;

/// <summary>
/// The lifecycle every facilitator screen of a session shares (a host's console and beamer): load the session as its
/// facilitator (or show "not found"), follow its events, tick once a second, stop when the sign-in ends, give the
/// commands. A host's page inherits it, names its host and draws what it has in its own way.
/// </summary>
public abstract class LiveScreen : ComponentBase, IAsyncDisposable
{
    [Inject] protected CommandScopes Commands { get; set; } = default!;
    [Inject] private ISessionEvents Events { get; set; } = default!;
    [Inject] protected CurrentUser User { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private AddableSteps Addable { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;

    /// <summary>Whose session this screen shows: the host in the route.</summary>
    protected abstract Origin Host { get; }

    protected SessionSnapshot? Live { get; private set; }
    protected LiveState? State { get; private set; }
    protected SessionScript Script { get; private set; } = new([]);
    protected List<BoardItemView> Items { get; private set; } = [];
    protected List<AttendeeView> Attendees { get; private set; } = [];
    protected bool NotFound { get; private set; }
    protected bool SignedOut { get; private set; }
    protected string? Error { get; set; }

    /// <summary>Rises each time the team's actions change at the console, so a screen showing them reads them again.</summary>
    protected int ActionsRevision { get; private set; }

    private readonly Dictionary<string, List<GroupView>> groups = [];
    private IDisposable? subscription;
    private Timer? ticker;
    private SignOutWatch? signOutWatch;

    protected Guid Me => User.RequirePersonId();
    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;
    protected Guid SessionId => Live!.Session.Id;

    /// <summary>The code phones join with (<see cref="JoinCodePanel"/>); sessions planned before every kind had one have none.</summary>
    protected string? JoinCode => Live?.Session.JoinCode;

    /// <summary>The current step, from the live state (the session moves on after the screen opened).</summary>
    protected ScriptStep Step => Script.At(State!.StepIndex);

    /// <summary>The notes of the current step.</summary>
    protected IEnumerable<BoardItemView> StepItems => Items.Where(i => i.StepIndex == State!.StepIndex);

    /// <summary>Loads what the host shows beside the session (its title, its content); runs in the same scope as the session's loading.</summary>
    protected virtual Task LoadHostAsync(IServiceProvider services, SessionSnapshot live) => Task.CompletedTask;

    protected override async Task OnInitializedAsync()
    {
        Live = await Commands.RunAsync(async sp =>
        {
            if (await SessionAccess.FacilitatedSessionAsync(sp.GetRequiredService<LeerruimteDb>(), Host, Me) is not { } id) return null;
            var live = await SessionSnapshot.LoadAsync(sp, id, Now);
            if (live is not null) await LoadHostAsync(sp, live);
            return live;
        });
        // The router is not interactive here, so NavigationManager.NotFound() would show nothing and the page would say
        // "loading" for ever: the page shows the not-found page itself.
        if (Live is null) { NotFound = true; return; }
        (State, Script, Items, Attendees) = (Live.State, Live.Script, Live.Items, Live.Attendees);
        foreach (var (key, value) in Live.Groups) groups[key] = value;
        subscription = Events.Subscribe(SessionId, e => InvokeAsync(async () => { await ApplyAsync(e); StateHasChanged(); }));
        ticker = new Timer(_ => InvokeAsync(StateHasChanged), null, 1000, 1000);
        signOutWatch = new SignOutWatch(Authentication, () => InvokeAsync(StopShowing));
    }

    private async Task ApplyAsync(SessionEvent e)
    {
        switch (e)
        {
            case HostChanged: await ReloadHostAsync(); break;
            case ItemAdded added when Items.All(i => i.Id != added.Item.Id): Items.Add(added.Item); break;
            case ItemRemoved removed: Items.RemoveAll(i => i.Id == removed.ItemId); break;
            case AuthorsHidden hidden:
                Items = Items.Select(i => i.StepIndex == hidden.StepIndex ? i with { AuthorName = null, AuthorId = null } : i).ToList();
                break;
            case StateChanged changed: Show(changed.State); break;
            case GroupsChanged changed: groups[changed.StepKey] = changed.Groups.ToList(); break;
            case ActionsChanged: ActionsRevision++; break;
            case AttendanceChanged changed:
                Attendees = Attendees.Select(a => a.Id == changed.PersonId ? a with { Present = changed.Present } : a).ToList();
                break;
        }
    }

    /// <summary>Reads the host again in a scope of its own, after it changed here or on another screen.</summary>
    protected Task ReloadHostAsync() => Commands.RunAsync(sp => LoadHostAsync(sp, Live!));

    private void Show(LiveState state)
    {
        if (state.Revision < State!.Revision) return;
        State = state;
        Script = Addable.With(Live!.BaseScript, state.AddedSteps, state.AnonymousSteps);
    }

    protected IReadOnlyList<GroupView> GroupsFor(string? stepKey) => stepKey is not null && groups.TryGetValue(stepKey, out var g) ? g : [];

    /// <summary>Runs a facilitator's command in a scope of its own and shows the state it left.</summary>
    protected async Task Do(Func<SessionCommands, Task<SessionCommands.Result>> command)
    {
        var result = await Commands.RunAsync(sp => command(sp.GetRequiredService<SessionCommands>()));
        Error = result.Error;
        if (result.State is { } s) Show(s);
    }

    /// <summary>Takes a note off the board (the facilitator's screens only show the button).</summary>
    protected async Task RemoveNoteAsync(Guid itemId)
    {
        var removal = await Commands.RunAsync(sp => sp.GetRequiredService<SessionBoard>().RemoveAsync(SessionId, Me, itemId));
        Error = SessionBoard.Message(removal);
        if (removal == SessionBoard.Removal.Removed) Items.RemoveAll(i => i.Id == itemId);
    }

    /// <summary>Whether the current step can be switched back: not when the module made it anonymous.</summary>
    protected bool AnonymousByModule => Live!.BaseScript.Steps.ElementAtOrDefault(State!.StepIndex)?.Anonymous == true;

    protected Task SetAnonymousAsync(bool anonymous) => Do(c => c.SetAnonymousAsync(SessionId, Me, anonymous));

    protected async Task InRoom(Func<SessionRoom, Task<string?>> command) =>
        Error = await Commands.RunAsync(sp => command(sp.GetRequiredService<SessionRoom>()));

    private void StopShowing()
    {
        SignedOut = true;
        subscription?.Dispose();
        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        signOutWatch?.Dispose();
        subscription?.Dispose();
        if (ticker is not null) await ticker.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
