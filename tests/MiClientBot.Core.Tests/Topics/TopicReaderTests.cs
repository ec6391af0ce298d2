using MiClientBot.Coding;
using MiClientBot.Core.Tests.Support;
using MiClientBot.Core.Topics;

namespace MiClientBot.Core.Tests.Topics;

public class TopicReaderTests
{
    private static Language Lang(string code) => LanguageCodes.TryParse(code, out var l) ? l : throw new ArgumentException(code);

    [Theory]
    [InlineData("lasse", "nb", "Hvor mye drikker du på en vanlig dag?", "use.amount")]
    [InlineData("lasse", "nb", "Hei Lasse, hva skjer på en vanlig fredag for deg?", "daily")]
    [InlineData("gary", "en", "What does a normal Saturday look like for you?", "daily")]
    [InlineData("gary", "en", "when does it happen more, weeknights or weekends", "use.frequency")]
    [InlineData("lasse", "nb", "når skjer det mest, i helgene eller i uka?", "use.frequency")]
    [InlineData("gary", "en", "Hi Gary, good to see you. What would you like to focus on today?", "reason")]
    [InlineData("lasse", "nb", "Hei Lasse. Hva har du lyst til å fokusere på i dag?", "reason")]
    [InlineData("mads", "da", "Hej Mads. Hvad vil du gerne fokusere på i dag?", "reason")]
    [InlineData("mads", "da", "hvornår sker det mest, hverdage eller weekender", "use.frequency")]
    [InlineData("mads", "da", "hvordan ser en almindelig weekend ud for dig", "daily")]
    [InlineData("lasse", "nb", "hvor lenge har du gått på sobril nå", "use.since")]
    [InlineData("lasse", "nb", "Hvor gammel er Emma nå?", "person.emma")]
    [InlineData("lasse", "nb", "Faren din drakk også, ikke sant?", "person.father")]
    [InlineData("lasse", "nb", "hvordan går det med økonomien din", "money")]
    [InlineData("lasse", "nb", "Hva er det som bekymrer deg med drikkinga?", "cross.sq_bad")]
    [InlineData("lasse", "nb", "Hvem kunne hjulpet deg?", "plan.who")]
    [InlineData("lasse", "nb", "Kan jeg fortelle deg litt om hvordan avrusningen foregår?", "permission")]
    [InlineData("lasse", "nb", "hvem tror du vinner fotball-VM", "unknown")]
    [InlineData("lasse", "en", "What does the drinking cost you a month, do you reckon?", "money")]
    [InlineData("lasse", "en", "can you sleep without the pills", "sleep")]
    [InlineData("lasse", "en", "Do you have a dog?", "unknown")]
    [InlineData("gary", "en", "How much do you drink when you're out with Dave?", "use.amount")]
    [InlineData("gary", "en", "when you've had a few, do you notice anything with your sleep?", "sleep")]
    [InlineData("gary", "en", "when will you start?", "plan.when")]
    [InlineData("gary", "en", "What does your wife think about it?", "person.karen")]
    [InlineData("gary", "en", "imagine a year from now and you've cut right back, what's different", "cross.change_good")]
    [InlineData("gary", "da", "Din far drak også, ikk?", "person.father")]
    [InlineData("gary", "da", "hvornår vil du gøre det?", "plan.when")]
    [InlineData("mads", "da", "hvad er det præcis du ryger, er det kun hash", "use.what")]
    [InlineData("mads", "da", "din søster er vel ret bekymret for dig?", "person.camilla")]
    [InlineData("sara", "en", "What do you enjoy about your smoke breaks?", "cross.sq_good")]
    public void Read_TraineeQuestion_FindsWhatItIsAbout(string persona, string lang, string text, string topic)
    {
        var reading = TopicReader.Read(text, Lang(lang), Catalogs.Scenarios.All.Single(p => p.Id == persona));

        Assert.Equal(topic, reading.Topic);
    }

    [Theory]
    [InlineData("en", "On a scale from 0 to 10, how important is it for you to cut down?", "scale.importance")]
    [InlineData("en", "and how confident are you, 0 to 10, that you could do it", "scale.confidence")]
    [InlineData("en", "Why a 4 and not a 2?", "scale.lower")]
    [InlineData("en", "what would it take to get from a 4 to a 6", "scale.higher")]
    [InlineData("nb", "Hvorfor ikke et lavere tall?", "scale.lower")]
    [InlineData("nb", "hva skulle til for at tallet gikk ett hakk opp", "scale.higher")]
    [InlineData("da", "Hvor sikker er du på at du kan klare det, på en skala fra 0 til 10?", "scale.confidence")]
    [InlineData("da", "hvorfor en 5 og ikke en 3", "scale.lower")]
    public void Read_Ruler_FindsTheScaleAndTheFollowUp(string lang, string text, string topic)
    {
        var persona = Catalogs.Scenarios.All.First(p => p.Speaks(Lang(lang)));

        var reading = TopicReader.Read(text, Lang(lang), persona);

        Assert.Equal(topic, reading.Topic);
    }

    [Theory]
    [InlineData("en", "asdfjkl")]
    [InlineData("nb", "sdfsdf qwerty")]
    [InlineData("da", "hjkl æøå ppp")]
    public void Read_KeyboardMash_IsUnknown(string lang, string text)
    {
        var persona = Catalogs.Scenarios.All.First(p => p.Speaks(Lang(lang)));

        Assert.Equal("unknown", TopicReader.Read(text, Lang(lang), persona).Topic);
    }

    [Theory]
    [InlineData("en", "Tell me more.")]
    [InlineData("en", "What else?")]
    [InlineData("nb", "Hva mer?")]
    [InlineData("da", "Fortæl mere.")]
    public void Read_GenericInvitation_LeavesTheTopicToTheClient(string lang, string text)
    {
        var persona = Catalogs.Scenarios.All.First(p => p.Speaks(Lang(lang)));

        Assert.Null(TopicReader.Read(text, Lang(lang), persona).Topic);
    }

    [Theory]
    [InlineData("nb", "din bedstefar var elektriker, ikke sant", true)]
    [InlineData("nb", "og pillene da, hvor mange tar du i døgnet", true)]
    [InlineData("nb", "Drikker du hver dag", true)]
    [InlineData("nb", "så du drikker hver dag", false)]
    [InlineData("en", "ok so whats the plan", true)]
    [InlineData("en", "It sounds like the pub matters to you.", false)]
    [InlineData("da", "Ryger du hver dag", true)]
    public void Read_QuestionWithoutQuestionMark_IsAnAsk(string lang, string text, bool ask)
    {
        var persona = Catalogs.Scenarios.All.First(p => p.Speaks(Lang(lang)));

        Assert.Equal(ask, TopicReader.Read(text, Lang(lang), persona).IsAsk);
    }
}
