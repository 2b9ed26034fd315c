using Hartline.Features.Dashboard;

namespace Hartline.Features.Mdt;

public static class MdtServices
{
    /// <summary>The MDT feature's services and policies, and the dashboard that shows its due work.</summary>
    public static IServiceCollection AddMdt(this IServiceCollection services) => services
        .AddMdtPolicies()
        .AddScoped<MdtTeams>()
        .AddScoped<MdtMeetings>()
        .AddScoped<MeetingViews>()
        .AddScoped<MdtDemo>()
        .AddScoped<HomeDashboard>()
        .AddScoped<SharedCases>()
        .AddScoped<QuarterGlance>();
}
