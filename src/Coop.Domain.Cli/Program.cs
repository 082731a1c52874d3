using System.Text;
using Coop.Domain.Cli;

// Persian text on every platform: the console writes UTF-8 (no byte order mark), whatever the system's code page.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
// Standard input is looked at when it is given at all (see StandardInput), and Console.In is set up only when a verb reads it.
TextReader input = StandardInput.WasGiven() ? new DeferredReader(() => Console.In) : TextReader.Null;
return CoopCli.Run(args, input, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
