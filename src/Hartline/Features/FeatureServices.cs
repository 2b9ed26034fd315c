using Hartline.Features.Account;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Notes;
using Hartline.Features.Cases.Plan;
using Hartline.Features.Cases.Legal;
using Hartline.Features.Demo;
using Hartline.Features.Intake;
using Hartline.Features.Intake.Corrections;
using Hartline.Features.Jobs;
using Hartline.Features.Reports.CaseExport;
using Hartline.Features.Mdt;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Services.Referrals;
using Hartline.Features.People.Duplicates;
using Hartline.Features.Reports;
using Hartline.Features.Search;
using Hartline.Features.Services;
using Hartline.Security.Audit;

namespace Hartline.Features;

/// <summary>Each feature's services and API routes, registered in one place so Program.cs stays short.</summary>
public static class FeatureServices
{
    public static IServiceCollection AddHartlineFeatures(this IServiceCollection services) => services
        .AddScoped<AuditLog>().AddAuditWriter()
        .AddScoped<SignInService>()
        .AddScoped<Account.TwoFactor.Authenticator>()
        .AddSingleton<DemoCodes>()
        // Codes are checked against the system's clock; tests register their own under the key (a fresh step per sign-in).
        .AddKeyedSingleton(Account.TwoFactor.OneTimeCodes.ClockKey, TimeProvider.System)
        .AddScoped<SignInHistory>()
        .AddSingleton<SessionStamps>()
        .AddSingleton<SessionLimits>()
        .AddScoped<Sessions>()
        .AddScoped<UserAdministration>()
        .AddSingleton<AgencyNames>()
        .AddScoped<AuditSearch>().AddScoped<AuditExport>()
        .AddScoped<UserDirectory>()
        .AddSingleton(_ => new Intake.Screening.InstrumentLibrary())
        .AddScoped<IntakeService>()
        .AddScoped<AutomaticLinks>()
        .AddScoped<ReferralAccessor>()
        .AddScoped<ReferralWorkflow>()
        .AddScoped<ReferralFiles>()
        .AddScoped<Intake.Corrections.ReferralCorrections>()
        .AddScoped<Intake.Duplicates.DuplicateCheck>()
        .AddScoped<IntakeFunnel>()
        .AddSingleton<People.Deduplication.LinkageModels>()
        .AddHostedService<People.Deduplication.ModelFileCheck>()
        .AddSingleton<People.Deduplication.RegistryIndex>()
        .AddScoped<People.Duplicates.DuplicateReview>()
        .AddScoped<People.Deduplication.RegistryDedupe>()
        .AddScoped<People.Duplicates.PersonMerging>()
        .AddScoped<CaseFiles>()
        .AddScoped<Search.YouthSearch>()
        .AddScoped<CaseAccess>()
        .AddScoped<Cases.Sharing.CaseSharing>()
        .AddScoped<Cases.Sharing.ConsentRecords>()
        .AddScoped<Cases.Profile.CaseProfiles>()
        .AddScoped<Cases.Profile.CaseDeterminations>()
        .AddScoped<Cases.Lifecycle.CaseLifecycle>()
        .AddScoped<Cases.Opening.CaseOpening>()
        .AddScoped<Data.RecordNumbers>()
        .AddScoped<Cases.Missing.MissingEpisodes>()
        .AddScoped<Cases.Team.CareTeam>()
        .AddScoped<Cases.Notes.CaseNotes>()
        .AddScoped<Cases.Header.CaseHeaders>()
        .AddSingleton<People.BirthDates>()
        .AddScoped<Cases.Plan.YouthVoice>()
        .AddScoped<Cases.Plan.YouthVoiceFigures>()
        .AddLegal()
        .AddScoped<QuarterlyReport>()
        .AddScoped<Reports.Statistics.Clients.ClientFacts>()
        .AddScoped<Reports.Statistics.Referrals.ReferralFacts>()
        .AddScoped<Reports.Statistics.StatisticsReport>()
        .AddScoped<Reports.Publications.Publications>()
        .AddScoped<Reports.Statistics.Topics.MissingEpisodeFigures>()
        .AddScoped<IStatisticsTopic, Reports.Statistics.Topics.ContinuityTopic>()
        .AddScoped<IStatisticsTopic, Reports.Statistics.Topics.YouthVoiceTopic>()
        .AddScoped<IStatisticsTopic, Reports.Statistics.Topics.LegalTopic>()
        .AddScoped<IStatisticsTopic, Reports.Statistics.Topics.ServiceReferralTopic>()
        .AddScoped<IStatisticsTopic, Reports.Statistics.Topics.MissingEpisodesTopic>()
        .AddScoped<ContinuityReport>()
        .AddScoped<DemoCaseFiles>()
        .AddScoped<DemoCaseWork>()
        .AddScoped<DemoData>()
        .AddSingleton<DemoLoading>()
        .AddMdt()
        .AddDirectory()
        // Background jobs and their kinds (issue 14: the de-identified case export).
        .AddJobs()
        .AddScoped<Reports.CaseExport.CaseExportJob>()
        .AddScoped<Jobs.IJobHandler>(sp => sp.GetRequiredService<Reports.CaseExport.CaseExportJob>());

    public static WebApplication MapHartlineApi(this WebApplication app)
    {
        app.MapGroup("/api/v1")
            .AddEndpointFilter<Hosting.Api.ApiAntiforgery>()
            .MapSession()
            .MapIntake()
            .MapReferralCorrections()
            .MapDuplicateReview()
            .MapCases()
            .MapSearch()
            .MapCaseFile()
            .MapCaseNotes()
            .MapYouthVoice()
            .MapLegal()
            .MapReports()
            .MapStatistics()
            .MapAudit()
            .MapMdt()
            .MapDirectory()
            .MapServiceReferrals()
            .MapExports();
        return app;
    }
}
