using System.Text;

namespace Coop.Domain.Cli;

/// <summary>
/// A temporary file holding what a verb prints for each decision until it can be printed (after the last one, when the
/// ranks, column widths and bad lines are known), so that memory does not grow with the registry. Records are written
/// in order and read back in order, as often as needed (<see cref="Rewind"/>). The file is in the temporary folder
/// (<c>TMPDIR</c>, <c>TEMP</c>) and never outlives the run: on Linux and macOS it is unlinked as soon as it is opened (the
/// open handle keeps it, and the system frees it when the process ends, however it ends); on Windows the system deletes
/// it when the handle closes.
/// </summary>
internal sealed class DecisionSpool : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private BinaryReader? _reader;

    private DecisionSpool(FileStream file)
    {
        _file = file;
        _writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>The file's path when it was created (already gone from the folder outside Windows).</summary>
    public string Path => _file.Name;

    /// <summary>Bytes written so far.</summary>
    public long Length { get; private set; }

    /// <summary>Creates an empty spool in the temporary folder.</summary>
    /// <exception cref="SpoolException">The temporary file cannot be created.</exception>
    public static DecisionSpool Create()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"coop-evaluate-{Guid.NewGuid():N}.tmp");
        try
        {
            var file = new FileStream(
                path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
                OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose | FileOptions.SequentialScan : FileOptions.SequentialScan);
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path);
            }

            return new DecisionSpool(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SpoolException(path, e);
        }
    }

    /// <summary>Appends a text.</summary>
    public void Write(string text)
    {
        try
        {
            _writer.Write(text);
        }
        catch (IOException e)
        {
            throw new SpoolException(_file.Name, e);
        }
    }

    /// <summary>Appends a count or other whole number.</summary>
    public void Write(int value)
    {
        try
        {
            _writer.Write7BitEncodedInt(value);
        }
        catch (IOException e)
        {
            throw new SpoolException(_file.Name, e);
        }
    }

    /// <summary>Appends bytes (with their length).</summary>
    public void Write(byte[] bytes)
    {
        try
        {
            _writer.Write7BitEncodedInt(bytes.Length);
            _writer.Write(bytes);
        }
        catch (IOException e)
        {
            throw new SpoolException(_file.Name, e);
        }
    }

    /// <summary>Ends writing (or a reading pass) and starts reading from the first record.</summary>
    public void Rewind()
    {
        try
        {
            _writer.Flush();
            Length = Math.Max(Length, _file.Position);
            _file.Position = 0;
            _reader ??= new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        }
        catch (IOException e)
        {
            throw new SpoolException(_file.Name, e);
        }
    }

    /// <summary>Reads the next text.</summary>
    public string ReadString() => Reader.ReadString();

    /// <summary>Reads the next whole number.</summary>
    public int ReadInt() => Reader.Read7BitEncodedInt();

    /// <summary>Reads the next bytes.</summary>
    public byte[] ReadBytes() => Reader.ReadBytes(Reader.Read7BitEncodedInt());

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader?.Dispose();
        _writer.Dispose();
        _file.Dispose();
    }

    private BinaryReader Reader => _reader ?? throw new InvalidOperationException("Rewind the spool before reading it.");
}

/// <summary>The temporary file of a <see cref="DecisionSpool"/> cannot be created or written (e.g. the disk is full).</summary>
internal sealed class SpoolException(string path, Exception inner)
    : IOException($"cannot write the temporary file {path} (set TMPDIR to a folder with room): {inner.Message}", inner)
{
    /// <summary>The same in Persian, the operating system's reason said by its kind (<see cref="CliText.Io"/>).</summary>
    public string MessageFa { get; } = $"فایل موقت {CliText.L(path)} نوشته نمی‌شود (متغیر {CliText.L("TMPDIR")} را به پوشه‌ای با جای خالی ببرید): {CliText.Io(inner)}";
}
