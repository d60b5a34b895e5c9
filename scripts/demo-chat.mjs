// Writes resources/demo/chat.jsonl: the recorded chat "Start demo show" plays at live speed.
// A story of about two minutes over the demo boutique (resources/demo/catalog.json), in English,
// Polish and Kazakh, on Twitch and YouTube: feature changes, claims, a claim that needs details,
// questions, sell-outs, waitlisted claims and their promotion when a buyer cancels.
// Run: node scripts/demo-chat.mjs (the file is committed; re-run after editing the story).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const START = Date.UTC(2026, 0, 9, 19, 0, 0); // a Friday evening show
const people = {
  anna: { id: 'anna_k', name: 'anna_k', platform: 'twitch' },
  mike: { id: 'mike_sells', name: 'mike_sells', platform: 'twitch' },
  aigerim: { id: 'UC-aigerim', name: 'Айгерім', platform: 'youtube' },
  ola: { id: 'ola_styl', name: 'ola.styl', platform: 'twitch' },
  dana: { id: 'UC-dana', name: 'Dana Price', platform: 'youtube' },
  nurlan: { id: 'nurlan_kz', name: 'Нұрлан', platform: 'twitch' },
  kasia: { id: 'kasia_w', name: 'kasia_w', platform: 'twitch' },
  emma: { id: 'UC-emma', name: 'Emma R.', platform: 'youtube' },
  marta: { id: 'marta_zakupy', name: 'marta_zakupy', platform: 'twitch' },
  erlan: { id: 'UC-erlan', name: 'Ерлан', platform: 'youtube' },
  jake: { id: 'jake99', name: 'jake99', platform: 'twitch' },
  gulnur: { id: 'UC-gulnur', name: 'Гүлнұр', platform: 'youtube' },
  zofia: { id: 'zofia_m', name: 'zofia_m', platform: 'twitch' },
};

// [seconds, who, text] or [seconds, 'feature', code]
const story = [
  [0, 'feature', 'A12'],
  [1.5, 'anna', 'Dzień dobry! Co dziś macie?'],
  [3, 'mike', 'SOLD A12 M red'],
  [5, 'aigerim', 'маған А12 S Blue керек'],
  [7, 'ola', 'biorę A12 L czerwona'], // the last L/Red: sold out
  [9, 'dana', 'A12 L red please!'], // waitlisted
  [11, 'nurlan', 'жеткізу қанша тұрады?'],
  [13, 'kasia', 'jaki to materiał?'],
  [15, 'emma', 'beautiful colour, love it'],
  [17, 'zofia', 'biorę A12'], // no size or colour: needs details
  [20, 'ola', 'anuluję A12, jednak za duża'], // cancel: Dana is promoted from the waitlist
  [23, 'feature', 'B3'],
  [24.5, 'marta', 'biorę M'],
  [26.5, 'erlan', 'маған B3 L'], // the last L: sold out
  [28.5, 'jake', 'I take it, size L'], // waitlisted
  [30.5, 'kasia', 'mam 170 cm, jaki rozmiar?'],
  [32.5, 'emma', 'B3 XL'],
  [34.5, 'anna', 'super bluza!'],
  [36, 'feature', 'E9'],
  [37.5, 'gulnur', 'сақина 18 өлшем маған'], // the last 18: sold out
  [39.5, 'zofia', 'biorę pierścionek 17'],
  [41.5, 'dana', 'can I pay with BLIK?'],
  [43.5, 'mike', 'E9 18'], // waitlisted
  [45.5, 'erlan', 'бас тарттым B3'], // cancel: jake is promoted
  [48, 'feature', 'C1'],
  [49.5, 'marta', 'C1!'],
  [51.5, 'emma', 'SOLD'],
  [53.5, 'aigerim', 'маған C1 керек'],
  [55.5, 'kasia', 'czy jest w innym kolorze?'],
  [58, 'nurlan', 'әдемі сөмке!'],
  [61, 'feature', 'F6'],
  [63, 'ola', 'biorę F6 XS burgundy'], // the last XS/Burgundy: sold out
  [65, 'jake', 'F6 S black'],
  [67, 'anna', 'F6 XS burgundy dla mnie'], // waitlisted
  [69, 'gulnur', 'маған F6 M қызыл керек'],
  [71, 'dana', 'what is the fabric?'],
  [73.5, 'zofia', 'F6 L black'],
  [76, 'erlan', 'ақы төлеу қалай?'],
  [79, 'feature', 'B7'],
  [80.5, 'kasia', 'B7 mustard'], // the last Mustard: sold out
  [82.5, 'emma', 'B7 mustard please'], // waitlisted
  [84.5, 'marta', 'B7 green'],
  [86.5, 'aigerim', 'маған B7 Grey'],
  [89, 'ola', 'anuluję F6'], // cancel: anna is promoted
  [92, 'mike', 'is it itchy?'],
  [95, 'feature', 'D8'],
  [96.5, 'zofia', 'D8 M green'],
  [98.5, 'nurlan', 'маған D8 M Green керек'], // the last M/Green: sold out
  [100.5, 'anna', 'D8 M green'], // waitlisted
  [103, 'jake', 'D8 S black x2'],
  [106, 'gulnur', 'рахмет!'],
  [109, 'dana', 'thanks, great show!'],
];

const lines = [];
let n = 0;
for (const [seconds, who, text] of story) {
  const at = START + Math.round(seconds * 1000);
  if (who === 'feature') {
    lines.push(JSON.stringify({ type: 'feature', code: text, at }));
    continue;
  }
  const p = people[who];
  if (!p) throw new Error(`no such person ${who}`);
  n++;
  lines.push(
    JSON.stringify({
      platform: p.platform,
      platformMessageId: `demo-${String(n).padStart(3, '0')}`,
      channel: 'demo',
      author: { platformUserId: p.id, name: p.name, badges: [] },
      text,
      // No platform send time: the studio stamps the time it plays a line (receivedAt), so ages and
      // "how long ago" read from the studio's clock, not from the day the story was written.
      receivedAt: at,
    }),
  );
}
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
fs.writeFileSync(path.join(root, 'resources', 'demo', 'chat.jsonl'), lines.join('\n') + '\n');
console.log(`resources/demo/chat.jsonl: ${lines.length} lines`);
