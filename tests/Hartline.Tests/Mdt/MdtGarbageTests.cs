using System.Net;
using System.Text;
using Hartline.Tests.Support;

namespace Hartline.Tests.Mdt;

/// <summary>Whatever is typed into an MDT URL, query or JSON body, the answer is never a 500.</summary>
public sealed class MdtGarbageTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static readonly string[] Values = ["", "-1", "0", "abc", "%00", "'; DROP TABLE Cases;--", "2030-13-45T99:99", new string('x', 5000)];

    [Fact]
    public async Task Mdt_urls_queries_and_bodies_never_cause_a_server_error()
    {
        var scene = await MdtScene.BuildAsync(app);
        var client = scene.CoordinatorClient;
        string[] gets =
        [
            "/Mdt/Teams/{0}", "/Mdt/Meetings/{0}", "/Mdt/Meetings/{0}/Minutes", "/api/v1/mdt/meetings?teamId={0}&upcoming={0}",
            "/api/v1/mdt/meetings/{0}", "/api/v1/mdt/meetings/{0}/minutes.pdf", "/api/v1/mdt/teams/{0}",
        ];
        foreach (var template in gets)
            foreach (var value in Values)
            {
                var url = string.Format(template, Uri.EscapeDataString(value));
                Assert.True((int)(await client.GetAsync(url)).StatusCode < 500, url);
            }

        var meeting = $"/api/v1/mdt/meetings/{scene.MeetingId}";
        (string Url, string Body)[] posts =
        [
            ("/api/v1/mdt/meetings", """{"teamId":"x","startsAt":"yesterday","type":9}"""),
            ("/api/v1/mdt/meetings", $$"""{"teamId":"{{scene.TeamId}}","startsAt":"9999-12-31T23:59:59","place":"{{new string('p', 300)}}","type":"CaseReview"}"""),
            ($"{meeting}/status", """{"status":"Exploded"}"""),
            ($"{meeting}/agenda", """{"caseId":12}"""),
            ($"{meeting}/attendance", """{"marks":[null,{"memberId":"00000000-0000-0000-0000-000000000000","status":"Present"}]}"""),
            ($"{meeting}/agenda/{scene.AgendaItemId}/action-items", """{"description":"x","ownerMemberId":null,"dueOn":"31/02/2020"}"""),
            ($"{meeting}/agenda/{scene.AgendaItemId}/notes", """{"kind":"Decision","text":null}"""),
            ($"/api/v1/mdt/teams/{scene.TeamId}/members", """{"agencyId":null,"role":"MdtCoordinator","joinedOn":"0001-01-01"}"""),
            ($"/api/v1/mdt/teams/{scene.TeamId}/members/{Guid.NewGuid()}/leave", """{"leftOn":"1900-01-01"}"""),
        ];
        foreach (var (url, body) in posts)
        {
            var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{url} {body[..Math.Min(60, body.Length)]} gave {(int)response.StatusCode}");
        }
        var farFuture = await client.PostAsync($"{meeting}/agenda/{scene.AgendaItemId}/action-items",
            new StringContent("""{"description":"x","dueOn":"9999-12-31"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, farFuture.StatusCode);
    }
}
