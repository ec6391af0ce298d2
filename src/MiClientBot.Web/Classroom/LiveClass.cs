using MiClientBot.Coding;
using MiClientBot.Core;
using MiClientBot.Core.Sessions;

namespace MiClientBot.Web.Classroom;

/// <summary>
/// One class playing the helper together: its students, its rounds and the conversation it makes by picking replies.
/// Every change happens under one lock, so sixty phones answering in the same second all land, in some order.
/// </summary>
internal sealed class LiveClass
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ClassStudent> _students = new(StringComparer.Ordinal);
    private readonly List<ClassRound> _rounds = [];
    private int _lastStudent;
    private int _lastReply;

    public LiveClass(string code, string personaId, string personaName, Language language, RoundOpening first, DateTimeOffset now)
    {
        Code = code;
        PersonaId = personaId;
        PersonaName = personaName;
        Language = language;
        OpenedAt = now;
        LastUsed = now;
        _rounds.Add(new ClassRound(1, first, now));
    }

    public string Code { get; }

    public string PersonaId { get; }

    public string PersonaName { get; }

    public Language Language { get; }

    public DateTimeOffset OpenedAt { get; }

    public DateTimeOffset LastUsed { get; private set; }

    public bool Ended { get; private set; }

    /// <summary>The web page in the class's language, joining the class as it opens.</summary>
    public string JoinPath => $"/?class={Code}&lang={Language.ToCode()}";

    public int StudentCount
    {
        get
        {
            lock (_gate)
            {
                return _students.Count;
            }
        }
    }

    public IReadOnlyList<ClassStudent> Students()
    {
        lock (_gate)
        {
            return [.. _students.Values];
        }
    }

    public ClassStudent? Student(string key)
    {
        lock (_gate)
        {
            return _students.GetValueOrDefault(key);
        }
    }

    /// <summary>Joins (or finds again) the student of conversation <paramref name="key"/>.</summary>
    public ClassStudent Join(string key, string conversationId, string? userId, string? name, int maxStudents, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_students.TryGetValue(key, out var known))
            {
                return known;
            }

            if (_students.Count >= maxStudents)
            {
                throw new ClassroomException(ClassError.ClassFull, $"Class {Code} is full ({maxStudents} students).");
            }

            var student = new ClassStudent(key, conversationId, userId, ++_lastStudent, ClassStudent.InitialsOf(name));
            _students.Add(key, student);
            LastUsed = now;
            return student;
        }
    }

    public bool Leave(string key)
    {
        lock (_gate)
        {
            return _students.Remove(key);
        }
    }

    /// <summary>The open round's number and the state its replies are tried on.</summary>
    public (int Round, SessionState State) OpenRound()
    {
        lock (_gate)
        {
            var round = _rounds[^1];
            if (Ended || round.Closed)
            {
                throw new ClassroomException(ClassError.NoRoundOpen, $"Class {Code} has no round open: it has ended.");
            }

            return (round.Number, round.Opening.State);
        }
    }

    /// <summary>Adds a reply computed on round <paramref name="round"/>'s state; refused when the class moved on meanwhile.</summary>
    public ClassReply AddReply(ClassStudent student, int round, string text, TurnResult result, DateTimeOffset now)
    {
        lock (_gate)
        {
            var current = _rounds[^1];
            if (Ended || current.Closed || current.Number != round)
            {
                throw new ClassroomException(ClassError.RoundMoved, $"Round {round} of class {Code} closed before the reply arrived.");
            }

            if (!_students.ContainsKey(student.Key))
            {
                throw new ClassroomException(ClassError.NotInClass, $"The student is no longer in class {Code}.");
            }

            var reply = new ClassReply($"r{++_lastReply}", round, student, text, result, now)
            {
                Replaces = current.Replies.Any(r => r.Student.Key == student.Key),
            };
            current.Add(reply);
            LastUsed = now;
            return reply;
        }
    }

    /// <summary>
    /// Takes reply <paramref name="id"/> of the open round as the class's move: the client answers it and, unless the
    /// client walked out, the next round opens on that answer. Returns the picked reply.
    /// </summary>
    public ClassReply Pick(string id, DateTimeOffset now)
    {
        lock (_gate)
        {
            var round = _rounds[^1];
            if (Ended || round.Closed)
            {
                throw new ClassroomException(ClassError.NoRoundOpen, $"Class {Code} has no round open to pick from.");
            }

            if (round.Find(id) is not { } reply)
            {
                throw new ClassroomException(ClassError.UnknownReply, $"Round {round.Number} of class {Code} has no reply '{id}'.");
            }

            round.Pick(reply);
            LastUsed = now;
            if (reply.Result.Ended)
            {
                Ended = true;
            }
            else
            {
                _rounds.Add(new ClassRound(round.Number + 1, new RoundOpening(reply.Result.State, reply.Result.Reply), now));
            }

            return reply;
        }
    }

    /// <summary>
    /// Moves the class to a new round from <paramref name="opening"/> (a drill's scene, say), closing the open one unpicked.
    /// </summary>
    public void Open(RoundOpening opening, DateTimeOffset now)
    {
        lock (_gate)
        {
            _rounds[^1].Close();
            _rounds.Add(new ClassRound(_rounds[^1].Number + 1, opening, now));
            Ended = false;
            LastUsed = now;
        }
    }

    /// <summary>The sources of every round so far ("class", "drill:ID"), to find the drills the class has not had yet.</summary>
    public IReadOnlyList<string> Sources()
    {
        lock (_gate)
        {
            return [.. _rounds.Select(r => r.Opening.Source)];
        }
    }

    public void End(DateTimeOffset now)
    {
        lock (_gate)
        {
            _rounds[^1].Close();
            Ended = true;
            LastUsed = now;
        }
    }

    /// <summary>/forget: the student leaves and their replies go; true when they were in this class.</summary>
    public bool Forget(string key)
    {
        lock (_gate)
        {
            foreach (var round in _rounds)
            {
                round.Forget(key);
            }

            return _students.Remove(key);
        }
    }

    public ClassFeed Feed()
    {
        lock (_gate)
        {
            var round = _rounds[^1];
            var groups = round.Replies
                .GroupBy(r => ReplyGroups.Of(r.Code))
                .OrderBy(g => IndexOf(g.Key))
                .Select(g => new FeedGroup(g.Key, ClassroomText.Get("group-" + g.Key, Language), [.. g.Select(View)]))
                .ToList();
            var feedRound = new FeedRound(
                round.Number, round.Opening.Source, round.Opening.ClientLine, !Ended && !round.Closed,
                ClassBalloon.Of(round.Opening.State), round.Replies.Count, groups)
            {
                Scene = round.Opening.Scene,
                Helper = round.Opening.Helper,
            };
            return new ClassFeed(Code, PersonaId, PersonaName, Language.ToCode(), Status, _students.Count, JoinPath, feedRound, Moves());
        }
    }

    public ClassReport Report()
    {
        lock (_gate)
        {
            var rounds = _rounds.Select(r => new ReportRound(
                r.Number,
                r.Opening.Source,
                r.Opening.ClientLine,
                ClassBalloon.Of(r.Opening.State),
                r.Replies.Count,
                r.Replies.GroupBy(x => x.Code.ToName()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                r.Picked is { } p ? Move(p) : null,
                r.Picked is { } q ? ClassBalloon.Of(q.Result.State) : null)).ToList();
            return new ClassReport(Code, PersonaId, PersonaName, Language.ToCode(), Status, OpenedAt, _students.Count, rounds);
        }
    }

    private string Status => Ended ? "ended" : "open";

    private List<FeedMove> Moves() => [.. _rounds.Where(r => r.Picked is not null).Select(r => Move(r.Picked!))];

    private FeedMove Move(ClassReply r) =>
        new(r.Round, ClassroomText.StudentName(r.Student, Language), r.Text, r.Code.ToName(), r.Code.Label(Language), ReplyDelta.Of(_rounds[r.Round - 1].Opening.State, r.Result), r.Result.Reply);

    private FeedReply View(ClassReply r) =>
        new(r.Id, ClassroomText.StudentName(r.Student, Language), r.Text, r.Code.ToName(), r.Code.Label(Language), ReplyDelta.Of(_rounds[r.Round - 1].Opening.State, r.Result));

    private static int IndexOf(string group)
    {
        for (var i = 0; i < ReplyGroups.Order.Count; i++)
        {
            if (ReplyGroups.Order[i] == group)
            {
                return i;
            }
        }

        return ReplyGroups.Order.Count;
    }
}
