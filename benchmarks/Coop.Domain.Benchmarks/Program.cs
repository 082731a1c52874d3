using BenchmarkDotNet.Running;

// Runs every benchmark class in this assembly; see benchmarks/README.md for filters and the quick mode.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
