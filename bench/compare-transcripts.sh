#!/usr/bin/env bash
# Records fixed trainee scripts against every persona and language it declares, at seeds 1-3, as
# transcripts (text and --json), reports (.json, .md, .html) and piped chats with commands, so a
# refactoring can be shown to change no behaviour: run it on the old and the new tree and diff -r.
#
#   bench/compare-transcripts.sh OUT_DIR [REPO_ROOT]      # REPO_ROOT defaults to this checkout
#   diff -r /tmp/before /tmp/after
#
# The engine stamps turns with the time, but neither the transcripts nor the reports print it,
# so the outputs are byte-for-byte comparable.
set -euo pipefail

out=${1:?usage: compare-transcripts.sh OUT_DIR [REPO_ROOT]}
root=${2:-$(cd "$(dirname "$0")/.." && pwd)}
moves="$root/tests/MiClientBot.Core.Tests/Coding/Moves"
[ -d "$moves" ] || moves="$root/tests/MiClientBot.Coding.Tests/Moves"
mkdir -p "$out"
out=$(cd "$out" && pwd)
scripts="$out/scripts"
mkdir -p "$scripts"

dotnet build "$root/src/MiClientBot.Cli" -c Release -v q -nologo >/dev/null
cli="$root/src/MiClientBot.Cli/bin/Release/net10.0/mi-client.dll"

# Three scripts per language: an MI-consistent one, a righting one that ends in a walk-out, and
# every hand-written move in file order (all codes, good and bad, mixed).
for lang in en nb da; do
  awk -F'\t' 'NR > 1 && $2 != "" { print $2 }' "$moves/moves.$lang.tsv" > "$scripts/moves.$lang.txt"
done

cat > "$scripts/good.en.txt" <<'EOF'
How are you feeling about being here today?
It sounds like the evenings have become really long and quiet.
That shows real strength, carrying all of this on your own.
What do you miss most about how things used to be?
Part of you wants things to change, and part of you worries it would be too much.
Whether you change anything at all is entirely your decision.
Maybe the people around you have been missing you too.
How would it feel if things were different a year from now?
So this matters to you, even though the first step scares you.
It takes courage to even think about it.
Would it be all right if we thought together about what a first step could look like?
You'd want to start when you feel fresh, maybe after the weekend.
What would help you actually take that step?
What do you think you'll do?
So next week feels like the right moment for you.
EOF
cat > "$scripts/good.nb.txt" <<'EOF'
Hvordan har du det med å være her i dag?
Det høres ut som kveldene har blitt lange og stille.
Det viser stor styrke at du har båret alt dette alene.
Hva savner du mest fra hvordan ting var før?
En del av deg vil at noe skal endre seg, og en annen del er redd for at det blir for mye.
Om du endrer noe i det hele tatt, er helt opp til deg.
Kanskje de rundt deg har savnet deg også.
Hvordan ville det kjennes om ting var annerledes om et år?
Så dette betyr mye for deg, selv om det første steget skremmer deg.
Det krever mot bare å tenke på det.
Er det greit om vi tenker sammen på hvordan et første steg kunne se ut?
Du vil begynne når du er uthvilt, kanskje etter helgen.
Hva tenker du at du vil gjøre?
Så neste uke kjennes som det rette tidspunktet for deg.
EOF
cat > "$scripts/good.da.txt" <<'EOF'
Hvordan har du det med at være her i dag?
Det lyder som om aftenerne er blevet lange og stille.
Det viser stor styrke, at du har båret alt det her alene.
Hvad savner du mest fra dengang?
En del af dig vil gerne have, at noget ændrer sig, og en anden del er bange for, at det bliver for meget.
Om du ændrer noget overhovedet, er helt op til dig.
Måske har dem omkring dig også savnet dig.
Hvordan ville det føles, hvis tingene var anderledes om et år?
Så det betyder meget for dig, selvom det første skridt skræmmer dig.
Det kræver mod bare at tænke på det.
Er det i orden, at vi sammen tænker over, hvordan et første skridt kunne se ud?
Du vil begynde, når du er udhvilet, måske efter weekenden.
Hvad tænker du, at du vil gøre?
Så næste uge føles som det rigtige tidspunkt for dig.
EOF
cat > "$scripts/righting.en.txt" <<'EOF'
You need to cut down, the results are bad.
The results show what this is doing to your body.
You should stop right now.
You are in denial.
If I were you I would stop completely.
That is just an excuse.
You have to take this seriously.
You are not being honest with yourself.
You must stop now.
Come on, you know you have a problem.
You really need to listen to me.
You are lying to yourself.
EOF
cat > "$scripts/righting.nb.txt" <<'EOF'
Du må slutte, resultatene er dårlige.
Dette belaster kroppen din.
Du bør slutte i dag.
Du lurer deg selv.
Hvis jeg var deg, ville jeg sluttet med en gang.
Det der er bare bortforklaringer.
Du må ta dette på alvor.
Du er ikke ærlig med deg selv.
Du er nødt til å slutte nå.
Du har et problem, innse det.
Du må høre på meg.
Du lyver for deg selv.
EOF
cat > "$scripts/righting.da.txt" <<'EOF'
Du bliver nødt til at skære ned, prøverne er dårlige.
Det her belaster din krop.
Du bør stoppe i dag.
Du lyver for dig selv.
Hvis jeg var dig, ville jeg stoppe helt.
Det der er bare undskyldninger.
Du skal tage det her alvorligt.
Du er ikke ærlig over for dig selv.
Du skal stoppe nu.
Du har et problem, indse det.
Du er nødt til at høre efter.
Du snyder dig selv.
EOF

# A piped chat exercises the commands on top of the same flow: hint, undo, coach, feedback.
chat_script() {
  local lang=$1
  head -n 3 "$scripts/good.$lang.txt"
  echo /hint
  sed -n 1p "$scripts/righting.$lang.txt"
  echo /undo
  echo /coach off
  sed -n 4,6p "$scripts/good.$lang.txt"
  sed -n 1,2p "$scripts/righting.$lang.txt"
  echo /coach on
  sed -n 3,4p "$scripts/righting.$lang.txt"
  sed -n 7,9p "$scripts/good.$lang.txt"
  echo /feedback
  echo /quit
}

cd "$root"
count=0
for yaml in scenarios/*.yaml; do
  persona=$(basename "$yaml" .yaml)
  langs=$(sed -n 's/^languages: \[\(.*\)\]/\1/p' "$yaml" | tr -d ' ' | tr ',' ' ')
  for lang in $langs; do
    chat_script "$lang" > "$scripts/chat.$lang.txt"
    for seed in 1 2 3; do
      for script in good righting moves; do
        base="$out/$persona.$lang.$script.s$seed"
        dotnet "$cli" replay "$scripts/$script.$lang.txt" --persona "$persona" --lang "$lang" --seed "$seed" --report "$base.report.json" > "$base.txt" 2>/dev/null
        dotnet "$cli" replay "$scripts/$script.$lang.txt" --persona "$persona" --lang "$lang" --seed "$seed" --json --report "$base.report.md" > "$base.jsonl" 2>/dev/null
        count=$((count + 4))
      done
      base="$out/$persona.$lang.good.s$seed"
      dotnet "$cli" replay "$scripts/good.$lang.txt" --persona "$persona" --lang "$lang" --seed "$seed" --report "$base.report.html" > /dev/null 2>&1
      base="$out/$persona.$lang.chat.s$seed"
      dotnet "$cli" chat --persona "$persona" --lang "$lang" --seed "$seed" --report "$base.report.json" < "$scripts/chat.$lang.txt" > "$base.txt" 2>/dev/null
      count=$((count + 3))
    done
  done
done
echo "$count files in $out"
