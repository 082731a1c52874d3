using Coop.Domain.Text;
using static Coop.Domain.Tests.Text.PersianAssert;

namespace Coop.Domain.Tests.Text;

// The common operating-system failures are told apart by exception type and HResult, never by the (English) message,
// and each is said in Persian (issue 19); anything else keeps its own message, isolated.
public sealed class IoFailurePersianTests
{
    // Windows HRESULTs of ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, ERROR_INVALID_NAME.
    private const int DiskFullHResult = unchecked((int)0x80070070);
    private const int HandleDiskFullHResult = unchecked((int)0x80070027);
    private const int SharingViolationHResult = unchecked((int)0x80070020);
    private const int LockViolationHResult = unchecked((int)0x80070021);
    private const int InvalidNameHResult = unchecked((int)0x8007007B);

    private static void AssertSaid(Exception e, IoFailureKind kind, string? path = null)
    {
        Assert.Equal(kind, IoFailure.Classify(e, path));
        string reason = IoFailure.ReasonFa(e, path);
        AssertPersianOutsideIsolates(reason);
        Assert.DoesNotContain('\u2066', reason);
        Assert.Equal(IoFailure.ReasonFa(kind), reason);
    }

    public static TheoryData<IoFailureKind> Kinds() => [.. Enum.GetValues<IoFailureKind>().Where(k => k != IoFailureKind.Other)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_common_kind_has_its_own_Persian_sentence(IoFailureKind kind)
    {
        string? reason = IoFailure.ReasonFa(kind);

        Assert.NotNull(reason);
        AssertPersianOutsideIsolates(reason);
        Assert.Single(Kinds(), k => IoFailure.ReasonFa((IoFailureKind)k.Data) == reason);
    }

    [Fact]
    public void A_missing_file_is_said_to_not_exist()
    {
        string path = Path.Combine(Path.GetTempPath(), "coop-no-such-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<FileNotFoundException>(() => File.ReadAllText(path));

        AssertSaid(e, IoFailureKind.FileNotFound, path);
        Assert.Equal("این فایل وجود ندارد", IoFailure.ReasonFa(e, path));
    }

    [Fact]
    public void A_missing_folder_on_the_path_is_said_to_not_exist()
    {
        string path = Path.Combine(Path.GetTempPath(), "coop-no-such-" + Guid.NewGuid().ToString("N"), "file.jsonl");
        var e = Assert.Throws<DirectoryNotFoundException>(() => File.ReadAllText(path));

        AssertSaid(e, IoFailureKind.DirectoryNotFound, path);
    }

    [Fact]
    public void A_denied_permission_is_said_as_such()
    {
        AssertSaid(new UnauthorizedAccessException("Access to the path '/root/x' is denied."), IoFailureKind.AccessDenied, "/no/such/coop/file");
    }

    [Fact]
    public void A_folder_opened_as_a_file_is_said_to_be_a_folder()
    {
        string folder = Directory.CreateTempSubdirectory("coop-io-").FullName;
        try
        {
            var e = Assert.ThrowsAny<Exception>(() => File.ReadAllText(folder));

            AssertSaid(e, IoFailureKind.IsDirectory, folder);
            Assert.Equal("این مسیر پوشه است، نه فایل", IoFailure.ReasonFa(e, folder));
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Theory]
    [InlineData(DiskFullHResult)]
    [InlineData(HandleDiskFullHResult)]
    public void A_full_disk_is_told_by_its_Windows_HResult(int hresult)
    {
        AssertSaid(new IOException("There is not enough space on the disk.", hresult), IoFailureKind.DiskFull);
    }

    [Fact]
    public void A_full_disk_is_told_by_ENOSPC_on_Unix()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "errno values are Unix HResults");

        AssertSaid(new IOException("No space left on device : '/tmp/x'", 28), IoFailureKind.DiskFull);
    }

    [Theory]
    [InlineData(SharingViolationHResult)]
    [InlineData(LockViolationHResult)]
    public void A_file_in_use_is_told_by_its_Windows_HResult(int hresult)
    {
        AssertSaid(new IOException("The process cannot access the file because it is being used by another process.", hresult), IoFailureKind.InUse);
    }

    [Fact]
    public void A_file_locked_by_another_process_is_said_to_be_in_use()
    {
        // .NET locks a file opened with FileShare.None (advisory lock on Unix) and a second open fails.
        string path = Path.GetTempFileName();
        try
        {
            using var held = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            var e = Assert.ThrowsAny<IOException>(() => new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None).Dispose());

            AssertSaid(e, IoFailureKind.InUse, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_path_too_long_is_said_as_such()
    {
        string path = Path.Combine(Path.GetTempPath(), new string('a', 300));
        var e = Assert.ThrowsAny<IOException>(() => File.ReadAllText(path));

        AssertSaid(e, IoFailureKind.PathTooLong, path);
    }

    [Fact]
    public void A_path_with_a_character_the_system_refuses_is_said_to_be_invalid()
    {
        string path = "bad\0name.jsonl";
        var e = Assert.ThrowsAny<ArgumentException>(() => File.ReadAllText(path));

        AssertSaid(e, IoFailureKind.InvalidPath, path);
        AssertSaid(new IOException("The filename, directory name, or volume label syntax is incorrect.", InvalidNameHResult), IoFailureKind.InvalidPath);
        AssertSaid(new NotSupportedException("The given path's format is not supported."), IoFailureKind.InvalidPath);
    }

    [Fact]
    public void Any_other_failure_keeps_its_own_message_isolated()
    {
        var e = new IOException("Input/output error : '/mnt/x'", 5);

        Assert.Equal(IoFailureKind.Other, IoFailure.Classify(e));
        Assert.Equal("\u2066Input/output error : '/mnt/x'\u2069", IoFailure.ReasonFa(e));
        Assert.Null(IoFailure.ReasonFa(IoFailureKind.Other));
    }

    [Fact]
    public void The_message_text_is_not_what_decides()
    {
        // An English message that reads like a full disk, without the HResult, is not taken for one.
        Assert.Equal(IoFailureKind.Other, IoFailure.Classify(new IOException("There is not enough space on the disk.")));
    }

    [Fact]
    public void A_policy_file_that_cannot_be_read_says_why_in_Persian()
    {
        // The operating system's reason is carried with its kind, and the Persian message says the kind.
        var error = new Coop.Domain.Eligibility.Policies.PolicyError("p.json", "$", null, null, "the file cannot be read: Access to the path 'p.json' is denied.")
        {
            Code = Coop.Domain.Eligibility.Policies.PolicyErrorCode.FileUnreadable,
            Arguments = ["Access to the path 'p.json' is denied.", nameof(IoFailureKind.AccessDenied)],
        };

        Assert.Equal("فایل خوانده نمی‌شود: اجازهٔ دسترسی به آن داده نشده است", error.MessageFa);
        Assert.Equal("فایل خوانده نمی‌شود: \u2066Input/output error\u2069", (error with { Arguments = ["Input/output error", nameof(IoFailureKind.Other)] }).MessageFa);
        Assert.Equal("فایل خوانده نمی‌شود: \u2066Input/output error\u2069", (error with { Arguments = ["Input/output error", "3"] }).MessageFa);
    }

    [Fact]
    public void A_scenario_path_that_cannot_be_looked_at_says_why_in_Persian()
    {
        var error = new Coop.Domain.Eligibility.Scenarios.ScenarioError("s", null, "$", null, null, "the path cannot be read: x")
        {
            Code = Coop.Domain.Eligibility.Scenarios.ScenarioErrorCode.PathUnreadable,
            Arguments = ["Access to the path 's' is denied.", nameof(IoFailureKind.AccessDenied)],
        };

        Assert.Equal("مسیر خوانده نمی‌شود: اجازهٔ دسترسی به آن داده نشده است", error.MessageFa);
    }
}
