await Clearinghouse.Server.ClearinghouseServer.CreateApp(args).RunAsync();
