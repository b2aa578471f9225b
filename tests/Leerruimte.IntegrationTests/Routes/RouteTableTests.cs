namespace Leerruimte.IntegrationTests.Routes;

/// <summary>The generated route table is what route-walking tests stand on: if it came back short, they would pass without looking.</summary>
public sealed class RouteTableTests(LeerruimteApp app) : IClassFixture<LeerruimteApp>
{
    [Fact]
    public void The_route_table_holds_every_page_and_endpoint_with_its_parameters()
    {
        var routes = RouteTable.Of(app);
        var pages = routes.Where(r => r.IsPage).ToList();

        Assert.InRange(pages.Count, 50, 500);
        Assert.Contains(routes, r => r.Template == "/taal/{culture}" && r.QueryParameters.Any(q => q.Name == "terug") && r.Accepts("GET"));
        Assert.Contains(routes, r => r.Template == "/account/uitloggen" && r.Accepts("POST") && !r.Accepts("GET"));
        Assert.Contains(routes, r => r.IsHub);
        var module = Assert.Single(pages, r => r.Template == "/modules/{PackId}");
        Assert.Equal("versie", Assert.Single(module.QueryParameters).Name);
        Assert.Equal(typeof(int?), module.QueryParameters[0].Type);
        var meeting = Assert.Single(pages, r => r.Template == "/bijeenkomsten/{MeetingId:guid}/wijzigen");
        Assert.Equal("guid", Assert.Single(meeting.RouteParameters).Constraint);
        Assert.Contains(meeting.Forms, f => f.FormName == "edit-meeting" && f.Fields.Any(x => x.Name == "Input.Date"));
        Assert.NotEmpty(meeting.Authorization);
        Assert.All(pages, p => Assert.True(p.Accepts("GET") && p.Accepts("POST"), p.Template));
        Assert.DoesNotContain(routes, r => r.Template.StartsWith("/_content") || r.Template.Contains(".css"));
    }

    [Fact]
    public void An_address_is_matched_to_its_route_and_a_literal_segment_wins()
    {
        var routes = RouteTable.Of(app);
        var id = Guid.NewGuid();

        Assert.Equal("/bijeenkomsten/{MeetingId:guid}", RouteCrawl.FindRoute(routes, $"/bijeenkomsten/{id}?gepland=1")?.Template);
        Assert.Equal("/bijeenkomsten/plannen", RouteCrawl.FindRoute(routes, "/bijeenkomsten/plannen")?.Template);
        Assert.Equal("/modules/{PackId}/procesbegeleider", RouteCrawl.FindRoute(routes, "/modules/x/procesbegeleider")?.Template);
        Assert.Null(RouteCrawl.FindRoute(routes, "/bijeenkomsten/abc/console"));
    }
}
