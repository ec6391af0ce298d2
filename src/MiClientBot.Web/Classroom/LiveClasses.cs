using System.Collections.Concurrent;
using MiClientBot.Coding;
using MiClientBot.Core.Drills;
using MiClientBot.Core.Sessions;
using MiClientBot.Web.Storage;
using MiClientBot.Web.Turns;
using Microsoft.Extensions.Options;

namespace MiClientBot.Web.Classroom;

/// <summary>
/// The open classes, by join code, and which class each student's conversation is in. Classes live in this host's memory
/// (a class is one lesson); they follow the sessions' retention (Storage:RetentionDays untouched and they are gone),
/// the instructor can delete one, and a student's /forget takes their replies out.
/// </summary>
internal sealed class LiveClasses
{
    private readonly ConcurrentDictionary<string, LiveClass> _classes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _studentClass = new(StringComparer.Ordinal);
    private readonly Lock _opening = new();
    private readonly ClientEngine _engine;
    private readonly JoinCodes _codes;
    private readonly ClassroomOptions _options;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _time;

    public LiveClasses(ClientEngine engine, JoinCodes codes, IOptions<ClassroomOptions> options, IOptions<StorageOptions> storage, TimeProvider time)
    {
        _engine = engine;
        _codes = codes;
        _options = options.Value;
        _retention = TimeSpan.FromDays(storage.Value.RetentionDays);
        _time = time;
    }

    public ClassroomOptions Options => _options;

    public LiveClass Open(string? personaId, string? languageCode)
    {
        if (string.IsNullOrWhiteSpace(personaId) || !_engine.Personas.TryGet(personaId.Trim(), out var persona))
        {
            throw new ClassroomException(ClassError.UnknownPersona,
                $"Unknown persona '{personaId}'; choose one of: {string.Join(", ", _engine.Personas.All.Select(p => p.Id))}.");
        }

        if (!LanguageCodes.TryParse(languageCode, out var language) || !persona.Speaks(language))
        {
            throw new ClassroomException(ClassError.PersonaLanguage,
                $"{persona.Name} does not speak '{languageCode}'; choose one of: {string.Join(", ", persona.Languages.Select(l => l.ToCode()))}.");
        }

        var now = _time.GetUtcNow();
        lock (_opening)
        {
            Sweep(now);
            if (_classes.Count >= _options.MaxClasses)
            {
                throw new ClassroomException(ClassError.TooManyClasses,
                    $"{_options.MaxClasses} classes are open already (Classroom:MaxClasses); delete one you no longer need.");
            }

            var code = _codes.Next();
            for (var tries = 0; _classes.ContainsKey(code) && tries < 100; tries++)
            {
                code = _codes.Next();
            }

            if (_classes.ContainsKey(code))
            {
                throw new InvalidOperationException("The join code source gave only codes already in use.");
            }

            var opening = _engine.Start(persona.Id, language, ConversationKeys.Seed("class:" + code));
            var opened = new LiveClass(code, persona.Id, persona.Name, language, new RoundOpening(opening.State, opening.Greeting), now);
            _classes[code] = opened;
            return opened;
        }
    }

    /// <summary>The class of <paramref name="code"/> (as typed), or null when there is none or it has expired.</summary>
    public LiveClass? Find(string? code)
    {
        if (JoinCodes.Normalize(code) is not { } canonical || !_classes.TryGetValue(canonical, out var found))
        {
            return null;
        }

        if (Expired(found, _time.GetUtcNow()))
        {
            Remove(found);
            return null;
        }

        return found;
    }

    public LiveClass Get(string? code) =>
        Find(code) ?? throw new ClassroomException(ClassError.NoSuchClass, $"There is no class '{code}': check the code, or it has expired or was deleted.");

    public IReadOnlyList<LiveClass> All()
    {
        Sweep(_time.GetUtcNow());
        return [.. _classes.Values.OrderByDescending(c => c.OpenedAt)];
    }

    public bool Delete(string? code)
    {
        if (Find(code) is not { } found)
        {
            return false;
        }

        Remove(found);
        return true;
    }

    /// <summary>Joins conversation <paramref name="key"/> to class <paramref name="code"/>, leaving any other class it was in.</summary>
    public (LiveClass Class, ClassStudent Student) Join(string? code, string key, string conversationId, string? userId, string? name)
    {
        var found = Get(code);
        if (_studentClass.TryGetValue(key, out var earlier) && earlier != found.Code && _classes.TryGetValue(earlier, out var other))
        {
            other.Leave(key);
        }

        var student = found.Join(key, conversationId, userId, name, _options.MaxStudents, _time.GetUtcNow());
        _studentClass[key] = found.Code;
        return (found, student);
    }

    /// <summary>The class conversation <paramref name="key"/> is in, if any (and still open to it).</summary>
    public (LiveClass Class, ClassStudent Student)? Membership(string key)
    {
        if (!_studentClass.TryGetValue(key, out var code))
        {
            return null;
        }

        if (Find(code) is { } found && found.Student(key) is { } student)
        {
            return (found, student);
        }

        _studentClass.TryRemove(key, out _);
        return null;
    }

    public bool Leave(string key) =>
        _studentClass.TryRemove(key, out var code) && _classes.TryGetValue(code, out var found) && found.Leave(key);

    /// <summary>A student's reply to the open round: coded and tried on the round's state, then added for the wall.</summary>
    public ClassReply Reply(LiveClass into, ClassStudent student, string? text)
    {
        var words = (text ?? string.Empty).Trim();
        if (words.Length == 0)
        {
            throw new ClassroomException(ClassError.EmptyReply, "The reply is empty.");
        }

        if (words.Length > _options.MaxReplyLength)
        {
            throw new ClassroomException(ClassError.ReplyTooLong, $"The reply is {words.Length} characters; at most {_options.MaxReplyLength} are taken.", words.Length, _options.MaxReplyLength);
        }

        // The engine is pure over the state: trying the reply changes nothing until the instructor picks it.
        var (round, state) = into.OpenRound();
        var result = _engine.Respond(state, words);
        return into.AddReply(student, round, words, result, _time.GetUtcNow());
    }

    public ClassReply Pick(LiveClass from, string? replyId)
    {
        if (string.IsNullOrWhiteSpace(replyId))
        {
            throw new ClassroomException(ClassError.UnknownReply, "Name the reply to pick (its id, e.g. \"r3\").");
        }

        return from.Pick(replyId.Trim(), _time.GetUtcNow());
    }

    public void End(LiveClass found) => found.End(_time.GetUtcNow());

    /// <summary>
    /// Moves the class on to a round of the caller's choosing - a drill's scene: its client state and resistant line -
    /// instead of the client's answer to a pick. Deliver it with <see cref="ClassDelivery.SendRoundAsync"/>.
    /// </summary>
    public void Next(LiveClass found, RoundOpening opening) => found.Open(opening, _time.GetUtcNow());

    /// <summary>
    /// Opens a drill as the class's next round: <paramref name="drillId"/>, or else the persona's next drill in this
    /// language the class has not had. The round starts in the drill's state (the helper's move applied, the client's
    /// source raised), so every student's reply is tried as a third reply, as in a drill alone.
    /// </summary>
    public Drill NextDrill(LiveClass found, string? drillId, DrillCatalog drills, DrillRunner runner)
    {
        var all = drills.For(found.PersonaId, found.Language);
        if (all.Count == 0)
        {
            throw new ClassroomException(ClassError.NoDrills, $"{found.PersonaName} has no drills in '{found.Language.ToCode()}' (scenarios/drills/).");
        }

        Drill? drill;
        if (!string.IsNullOrWhiteSpace(drillId))
        {
            drill = all.FirstOrDefault(d => string.Equals(d.Id, drillId.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ClassroomException(ClassError.NoDrills,
                    $"No drill '{drillId}' for {found.PersonaName} in '{found.Language.ToCode()}'; choose one of: {string.Join(", ", all.Select(d => d.Id))}.");
        }
        else
        {
            var had = found.Sources().ToHashSet(StringComparer.Ordinal);
            drill = all.FirstOrDefault(d => !had.Contains(RoundOpening.DrillPrefix + d.Id))
                ?? throw new ClassroomException(ClassError.NoDrills, $"The class has had all {all.Count} drills; name one to run it again.");
        }

        // The class's seed: the same drill gives the same starting balloon in every class.
        var state = runner.Prepare(drill, seed: 1);
        Next(found, new RoundOpening(state, drill.Client, RoundOpening.DrillPrefix + drill.Id, drill.Scene.Trim(), drill.Helper));
        return drill;
    }

    /// <summary>/forget for the classroom: the conversation leaves its class and its replies are deleted.</summary>
    public bool Forget(string key)
    {
        var forgotten = false;
        _studentClass.TryRemove(key, out _);
        foreach (var found in _classes.Values)
        {
            forgotten |= found.Forget(key);
        }

        return forgotten;
    }

    private bool Expired(LiveClass found, DateTimeOffset now) => now - found.LastUsed > _retention;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var found in _classes.Values.Where(c => Expired(c, now)).ToList())
        {
            Remove(found);
        }
    }

    private void Remove(LiveClass found)
    {
        _classes.TryRemove(found.Code, out _);
        foreach (var student in found.Students())
        {
            _studentClass.TryRemove(new KeyValuePair<string, string>(student.Key, found.Code));
        }
    }
}
