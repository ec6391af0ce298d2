namespace MiClientBot.Web.Classroom;

/// <summary>One round of a class: the client's line, the students' replies as they come, and the one the instructor picked.</summary>
/// <remarks>Not thread-safe on its own: its <see cref="LiveClass"/> holds the lock around every use.</remarks>
internal sealed class ClassRound
{
    private readonly List<ClassReply> _replies = [];

    public ClassRound(int number, RoundOpening opening, DateTimeOffset openedAt)
    {
        Number = number;
        Opening = opening;
        OpenedAt = openedAt;
    }

    public int Number { get; }

    public RoundOpening Opening { get; }

    public DateTimeOffset OpenedAt { get; }

    public IReadOnlyList<ClassReply> Replies => _replies;

    public ClassReply? Picked { get; private set; }

    /// <summary>True once the instructor picked a reply or moved the class on.</summary>
    public bool Closed { get; private set; }

    /// <summary>Adds the reply; a student's second reply in a round replaces their first (they thought again).</summary>
    public void Add(ClassReply reply)
    {
        var earlier = _replies.FindIndex(r => r.Student.Key == reply.Student.Key);
        if (earlier >= 0)
        {
            _replies.RemoveAt(earlier);
        }

        _replies.Add(reply);
    }

    public ClassReply? Find(string id) => _replies.Find(r => r.Id == id);

    public void Pick(ClassReply reply)
    {
        Picked = reply;
        Closed = true;
    }

    public void Close() => Closed = true;

    /// <summary>Drops a student's replies; a reply the class already went on from keeps its code and effect but loses its words and author.</summary>
    public void Forget(string studentKey)
    {
        _replies.RemoveAll(r => r.Student.Key == studentKey && !ReferenceEquals(r, Picked));
        if (Picked is { } picked && picked.Student.Key == studentKey)
        {
            Picked = picked with { Text = string.Empty, Student = picked.Student with { Key = string.Empty, ConversationId = string.Empty, UserId = null, Initials = null } };
            _replies[_replies.FindIndex(r => r.Id == picked.Id)] = Picked;
        }
    }
}
