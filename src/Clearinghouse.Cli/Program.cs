using Clearinghouse.Cli;

return await CliApp.RunAsync(args, new CliConsole(Console.Out, Console.Error, Environment.GetEnvironmentVariable, Console.IsOutputRedirected));
