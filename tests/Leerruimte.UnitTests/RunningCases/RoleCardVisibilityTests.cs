using Leerruimte.Features.RunningCases;

namespace Leerruimte.UnitTests.RunningCases;

/// <summary>Who sees which role card and which stage of a running case (PRODUCT.md, visibility rules).</summary>
public sealed class RoleCardVisibilityTests
{
    private static readonly RunningCase Johan = new()
    {
        Id = "johan",
        Title = "Johan",
        Names = ["Johan", "Johanna"],
        Summary = "Johans werkplaats gaat dicht.",
        IntakeData = [new IntakeFact { Label = "Leeftijd", Value = "35" }],
        Behaviour = "Kijkt naar moeder voor goedkeuring.",
        ActorBackground = "Leeft op een vaste dagindeling.",
        CarerCard = new CarerCard { Role = "moeder", Text = "Hoe moet het als ik er niet meer ben?" },
        Stages =
        [
            new CaseStage { Id = "m1", Module = 1, Title = "Eerste beeld" },
            new CaseStage { Id = "m2", Module = 2, Title = "Eerste gesprek" },
            new CaseStage { Id = "m3", Module = 3, Title = "Tweede gesprek" },
            new CaseStage { Id = "m4", Module = 4, Title = "Laatste gesprek" },
        ],
    };

    private static readonly HashSet<string> FirstTwoReleased = ["m1", "m2"];

    private static VisibleCase As(CasePart part, IReadOnlySet<string>? released = null) =>
        RoleCardVisibility.For(Johan, part, released ?? FirstTwoReleased);

    [Fact]
    public void The_trainer_sees_both_role_cards_and_every_stage_released_or_not()
    {
        var seen = As(CasePart.Trainer, new HashSet<string>());

        Assert.Equal(["m1", "m2", "m3", "m4"], seen.Stages.Select(s => s.Id));
        Assert.Equal(Johan.ActorBackground, seen.ActorBackground);
        Assert.Equal(Johan.Behaviour, seen.Behaviour);
        Assert.Same(Johan.CarerCard, seen.CarerCard);
    }

    [Fact]
    public void The_client_actor_sees_the_actor_background_and_the_released_stages_but_not_the_carers_card()
    {
        var seen = As(CasePart.ClientActor);

        Assert.Equal(["m1", "m2"], seen.Stages.Select(s => s.Id));
        Assert.Equal(Johan.ActorBackground, seen.ActorBackground);
        Assert.Equal(Johan.Behaviour, seen.Behaviour);
        Assert.Null(seen.CarerCard);
    }

    [Fact]
    public void The_carer_sees_the_carers_card_and_the_released_stages_but_not_the_actor_background()
    {
        var seen = As(CasePart.Carer);

        Assert.Equal(["m1", "m2"], seen.Stages.Select(s => s.Id));
        Assert.Same(Johan.CarerCard, seen.CarerCard);
        Assert.Null(seen.ActorBackground);
        Assert.Null(seen.Behaviour);
    }

    [Fact]
    public void A_participant_sees_only_the_released_stages_and_no_role_card()
    {
        var seen = As(CasePart.Participant);

        Assert.Equal(["m1", "m2"], seen.Stages.Select(s => s.Id));
        Assert.Null(seen.ActorBackground);
        Assert.Null(seen.Behaviour);
        Assert.Null(seen.CarerCard);
    }

    [Theory]
    [InlineData(CasePart.ClientActor)]
    [InlineData(CasePart.Carer)]
    [InlineData(CasePart.Participant)]
    public void Before_the_trainer_releases_anything_no_stage_is_shown_to_anyone_but_the_trainer(CasePart part) =>
        Assert.Empty(As(part, new HashSet<string>()).Stages);

    [Theory]
    [InlineData(CasePart.Trainer)]
    [InlineData(CasePart.ClientActor)]
    [InlineData(CasePart.Carer)]
    [InlineData(CasePart.Participant)]
    public void Everyone_sees_the_first_description_and_the_intake_data(CasePart part)
    {
        var seen = As(part, new HashSet<string>());

        Assert.Equal((Johan.Title, Johan.Summary), (seen.Title, seen.Summary));
        Assert.Equal(["Johan", "Johanna"], seen.Names);
        Assert.Equal(Johan.IntakeData, seen.IntakeData);
    }

    [Fact]
    public void A_stage_released_out_of_order_is_shown_in_the_order_of_the_case()
    {
        var seen = As(CasePart.Participant, new HashSet<string> { "m3", "m1", "onbekend" });

        Assert.Equal(["m1", "m3"], seen.Stages.Select(s => s.Id));
    }
}
