using Hartline.Linkage;

namespace Hartline.Features.People.Deduplication;

/// <summary>
/// The linkage model the application scores with: a batch model saved by <c>hartline dedupe --save-model</c> and
/// named by the <see cref="Setting"/> setting, else the engine's hand-set default. A million-record file estimates
/// m, u and the duplicate rate far better than a young registry can, and the intake check has no data of its own.
/// </summary>
/// <remarks>Read once, on first use; <see cref="ModelFileCheck"/> makes serve read it at start so a bad setting stops it with a message.</remarks>
public sealed class LinkageModels(IConfiguration config)
{
    public const string Setting = "Hartline:Linkage:ModelFile";

    private readonly Lazy<(LinkageModel? Model, string? Path)> _saved = new(() =>
        config[Setting] is { Length: > 0 } path ? (ModelFile.Load(path), Path.GetFullPath(path)) : (null, null));

    /// <summary>The saved model, or null when none is configured. Throws <see cref="ModelFileException"/> for a bad file.</summary>
    public LinkageModel? Saved => _saved.Value.Model;

    /// <summary>What the intake index scores with.</summary>
    public LinkageModel ForIndex => Saved ?? LinkageModel.Default;

    /// <summary>For messages: which model is in use.</summary>
    public string Describe(LinkageModel? given = null) => given is not null ? "the model given with --model"
        : Saved is { } saved ? $"saved model {_saved.Value.Path} (estimated on {saved.PopulationSize:N0} records)"
        : "estimated from the registry itself";
}

/// <summary>Reads the configured model when serve starts: a missing or mismatched file is a message at start, not a failed intake later.</summary>
internal sealed class ModelFileCheck(LinkageModels models, ILogger<ModelFileCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (models.Saved is { } model)
                log.LogInformation("Linkage model: {Model}", models.Describe());
        }
        catch (ModelFileException e) { throw new InvalidOperationException($"{LinkageModels.Setting}: {e.Message}"); }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
