using System.Text;
using Coop.Domain.Cli;

// Persian text on every platform: the console writes UTF-8 (no byte order mark), whatever the system's code page.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CoopCli.Run(args, StandardInput.WasGiven() ? Console.In : TextReader.Null, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
