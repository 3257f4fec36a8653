using System.Text;
using Clearinghouse.Cli;

return await CliApp.RunAsync(args, new CliConsole(
    Console.Out,
    Console.Error,
    Environment.GetEnvironmentVariable,
    Console.IsOutputRedirected,
    new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16),
    () => new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16)));
