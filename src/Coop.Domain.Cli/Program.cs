using Coop.Domain.Cli;

return CoopCli.Run(args, Console.In, Console.Out, Console.Error);
