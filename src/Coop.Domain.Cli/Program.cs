using Coop.Domain.Cli;

return CoopCli.Run(args, StandardInput.WasGiven() ? Console.In : TextReader.Null, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
