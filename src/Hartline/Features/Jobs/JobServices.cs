namespace Hartline.Features.Jobs;

public static class JobServices
{
    /// <summary>The background-job facility: a kind of job is an <see cref="IJobHandler"/> registered beside it.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.AddOptions<JobOptions>().BindConfiguration("Hartline:Jobs");
        return services
            .AddSingleton<JobLeases>()
            .AddSingleton<JobFiles>()
            .AddSingleton<JobSignal>()
            .AddSingleton<JobRetention>()
            .AddSingleton<JobRunner>()
            .AddHostedService(sp => sp.GetRequiredService<JobRunner>())
            .AddScoped<JobQueue>();
    }
}
