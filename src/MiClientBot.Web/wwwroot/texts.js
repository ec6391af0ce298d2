// The page's own words in each language the client speaks; the conversation's words come from the bot.
export const TEXTS = {
  en: {
    skip: 'Skip to the conversation', client: 'Client', language: 'Language', start: 'Start', conversation: 'Conversation',
    'access-code': 'Access code', connect: 'Connect', balloon: 'The balloon', pressure: 'Pressure', sustain: 'Sustain',
    autonomy: 'Autonomy', discord: 'Discord', turn: 'Turn', 'open-report': 'Open the report', report: 'Feedback report',
    'new-tab': 'Open in a new tab', close: 'Close', placeholder: 'Type what you would say to the client',
    'no-webchat': 'The chat cannot be shown: Microsoft\'s Web Chat (botframework-webchat) has not been fetched. The build fetches it with npm: install Node.js with npm (for example `sudo apt-get install nodejs npm`), then run ./run.sh again (or `dotnet build src/MiClientBot.Web`).',
    'no-connection': 'The host could not be reached. Is ./run.sh still running?',
    'access-needed': 'This host asks for an access code (your instructor has it).',
    'access-wrong': 'That access code was not accepted.',
    class: 'Class',
  },
  nb: {
    skip: 'Gå til samtalen', client: 'Klient', language: 'Språk', start: 'Start', conversation: 'Samtale',
    'access-code': 'Tilgangskode', connect: 'Koble til', balloon: 'Ballongen', pressure: 'Trykk', sustain: 'Sak',
    autonomy: 'Autonomi', discord: 'Relasjon', turn: 'Replikk', 'open-report': 'Åpne rapporten', report: 'Tilbakemeldingsrapport',
    'new-tab': 'Åpne i ny fane', close: 'Lukk', placeholder: 'Skriv det du vil si til klienten',
    'no-webchat': 'Chatten kan ikke vises: Microsofts Web Chat (botframework-webchat) er ikke hentet. Bygget henter den med npm: installer Node.js med npm (for eksempel `sudo apt-get install nodejs npm`), og kjør ./run.sh igjen (eller `dotnet build src/MiClientBot.Web`).',
    'no-connection': 'Fikk ikke kontakt med verten. Kjører ./run.sh fortsatt?',
    'access-needed': 'Denne verten ber om en tilgangskode (instruktøren din har den).',
    'access-wrong': 'Tilgangskoden ble ikke godtatt.',
    class: 'Klasse',
  },
  da: {
    skip: 'Gå til samtalen', client: 'Klient', language: 'Sprog', start: 'Start', conversation: 'Samtale',
    'access-code': 'Adgangskode', connect: 'Forbind', balloon: 'Ballonen', pressure: 'Tryk', sustain: 'Sag',
    autonomy: 'Autonomi', discord: 'Relation', turn: 'Replik', 'open-report': 'Åbn rapporten', report: 'Feedbackrapport',
    'new-tab': 'Åbn i ny fane', close: 'Luk', placeholder: 'Skriv det, du vil sige til klienten',
    'no-webchat': 'Chatten kan ikke vises: Microsofts Web Chat (botframework-webchat) er ikke hentet. Bygget henter den med npm: installer Node.js med npm (for eksempel `sudo apt-get install nodejs npm`), og kør ./run.sh igen (eller `dotnet build src/MiClientBot.Web`).',
    'no-connection': 'Kunne ikke få forbindelse til værten. Kører ./run.sh stadig?',
    'access-needed': 'Denne vært beder om en adgangskode (din underviser har den).',
    'access-wrong': 'Adgangskoden blev ikke godtaget.',
    class: 'Klasse',
  },
};

export const LANGUAGE_NAMES = { en: 'English', nb: 'Norsk (bokmål)', da: 'Dansk' };

// Web Chat's own locales for its buttons and announcements.
export const WEBCHAT_LOCALES = { en: 'en-US', nb: 'nb-NO', da: 'da-DK' };
