using System.Text.Json.Serialization;

namespace ActorGraph.Storage.Embedded;

[JsonSerializable(typeof(string[]))]
internal sealed partial class StoreJson : JsonSerializerContext;
