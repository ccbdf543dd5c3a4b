using Microsoft.Extensions.Options;

namespace ActorGraph.Worker;

/// <summary>Checks <see cref="WorkerOptions"/> when the host starts (generated at compile time): every problem, each naming its setting.</summary>
[OptionsValidator]
internal sealed partial class WorkerOptionsValidator : IValidateOptions<WorkerOptions>;
