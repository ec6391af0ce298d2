using System.ClientModel;
using Microsoft.Extensions.AI;
using MiClientBot.Core.Voice;

namespace MiClientBot.Voice;

/// <summary>
/// Phrases a reply with any <see cref="IChatClient"/>. Failures become <see cref="VoiceException"/>s
/// with a reason and a message that carries no text and no key; the caller falls back to the scripted line.
/// </summary>
internal sealed class ChatPhraser(IChatClient client, string model) : IReplyPhraser
{
    public async Task<string> PhraseAsync(PhraseRequest request, CancellationToken cancellationToken)
    {
        var options = new ChatOptions
        {
            ModelId = model,
            Temperature = 0.7f,
            // Words run to about 1.5 tokens in Norwegian and Danish; the guard cuts what is too long anyway.
            MaxOutputTokens = request.MaxWords * 3,
        };
        ChatResponse response;
        try
        {
            response = await client.GetResponseAsync(VoicePrompt.Messages(request), options, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (ClientResultException e)
        {
            throw new VoiceException(VoiceOutcome.Failed, $"The model server answered HTTP {e.Status}.", e);
        }
        catch (HttpRequestException e)
        {
            throw new VoiceException(VoiceOutcome.Failed, $"The model server could not be reached ({e.HttpRequestError}).", e);
        }
        catch (IOException e)
        {
            throw new VoiceException(VoiceOutcome.Failed, "The connection to the model server broke.", e);
        }
        catch (Exception e)
        {
            // The server answered, but not with a chat completion this client can read (bad JSON, no choices, HTML).
            throw new VoiceException(VoiceOutcome.Malformed, $"The model server's answer could not be read ({e.GetType().Name}).", e);
        }

        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            throw new VoiceException(VoiceOutcome.Refused, "The model's content filter stopped the reply.");
        }

        var text = response.Text;
        return string.IsNullOrWhiteSpace(text)
            ? throw new VoiceException(VoiceOutcome.Malformed, "The model's answer had no text.")
            : text;
    }
}
