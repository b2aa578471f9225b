using Leerruimte.Data;
using Leerruimte.Features.KnowledgeMap;
using Leerruimte.Features.MonthTopics;
using Leerruimte.Features.SocialMap;
using Leerruimte.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerruimte.Features.Demo;

/// <summary>
/// The demo team's social map, knowledge map and topic of the month, in our own words in the world of the neighbourhood
/// case of seeds 003 and 004: a welfare coach, debt counselling and the community centre, one gap; two named specialists;
/// Aylin, who has finished measurements, shows her strengths; a topic for the month it is now, whatever the date.
/// </summary>
public static class DemoTeamMaps
{
    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<LeerruimteDb>();
        var today = DutchTime.Today(sp.GetRequiredService<TimeProvider>());
        var team = await db.Teams.SingleAsync(t => t.Name == DemoTeamGoals.Team);
        string[] emails = ["leidinggevende@lindenhaven.example", "aylin@lindenhaven.example", "joost@lindenhaven.example", "priya@lindenhaven.example"];
        var people = await db.Users.Where(p => emails.Contains(p.Email!)).ToDictionaryAsync(p => p.Email!.Split('@')[0], p => p.Id);

        db.Partners.AddRange(
            new Partner
            {
                TeamId = team.Id, Name = "Welzijn Lindenhaven", ContactRole = "wijkcoach welzijn", ContactName = "Fatima el Amrani",
                Offer = "Kent de bewoners en vrijwilligers in Noord; helpt bij eenzaamheid, buren die elkaar niet meer verdragen en bij het vinden van een maatje.",
                Reach = "Inloop in het buurthuis op dinsdag en donderdag van 9 tot 12 uur, of via het algemene nummer van Welzijn Lindenhaven.",
            },
            new Partner
            {
                TeamId = team.Id, Name = "Schuldhulp gemeente Lindenhaven", ContactRole = "schuldhulpverlener",
                Offer = "Eerste gesprek over geldzorgen binnen een week, budgetbeheer en een regeling met schuldeisers.",
                Reach = "Aanmelden via het formulier van de gemeente; bij spoed bellen met het team schuldhulp.",
            },
            new Partner
            {
                TeamId = team.Id, Name = "Buurthuis De Linde", ContactRole = "beheerder buurthuis",
                Offer = "Ruimte voor bijeenkomsten, een koffieochtend, het taalcafé en een plek waar bewoners elkaar ontmoeten.",
            });
        db.MapGaps.Add(new MapGap
        {
            TeamId = team.Id, OwnerId = people["joost"],
            Text = "Jongeren met geldzorgen komen pas als de schulden groot zijn: er is in Noord geen inloop waar zij zonder afspraak terecht kunnen.",
        });
        db.Specialists.AddRange(
            new Specialist { TeamId = team.Id, PersonId = people["priya"], NamedById = people["leidinggevende"], Topic = "Meldcode huiselijk geweld en kindermishandeling" },
            new Specialist { TeamId = team.Id, PersonId = people["joost"], NamedById = people["joost"], Topic = "Schulden en armoede" });
        db.KnowledgeConsents.Add(new KnowledgeConsent { TeamId = team.Id, PersonId = people["aylin"] });
        db.MonthTopics.Add(new MonthTopic
        {
            TeamId = team.Id, Month = SaveMonthTopic.FirstOf(today), Title = "Eigen kracht en netwerk van bewoners",
            Text = "Deze maand vragen we in elk gesprek: wie staat er om deze bewoner heen, en wat kan die zelf? In de bijeenkomst delen we wat we vonden.",
            Link = "module:ondernemend-professionele-ruimte",
        });
        await db.SaveChangesAsync();
    }
}
