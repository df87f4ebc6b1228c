/**
 * Valence of emoji and emoticons on VADER's −4…+4 scale. Written for Firebreak from the emoji's usual
 * meaning in customer posts (😂 is mostly mockery or fun, so it stays mildly positive; 🤡 and 💩 are scorn).
 */
const EMOJI_SPEC = `
😀:2 😃:2 😄:2 😁:2 😆:1.5 😅:1 🤣:1 😂:0.5 🙂:1.5 😊:2.5 😇:2 🥰:3 😍:3 🤩:3 😘:2.5 😗:1.5 ☺:2 😚:2
😙:2 🥲:0.5 😋:2 😛:1 😜:1 😝:1 🤗:2 🤭:0.5 😉:1.5 😌:1.5 😎:2 🥳:3 👍:2 👌:2 👏:2 🙌:2.5 💪:2 🙏:1.5
❤:3 🧡:3 💛:3 💚:3 💙:3 💜:3 🖤:1 🤍:2 💕:3 💖:3 💗:3 💓:3 💞:3 💘:3 💝:3 ♥:3 ♡:3 ✨:1.5 🎉:3 🎊:3
🥇:2.5 🏆:2.5 ⭐:2 🌟:2 💯:2 ✅:1.5 🔥:1.5 🌸:2 🌹:2 🌞:2 ☀:1.5 😺:2 😸:2 😻:3 💐:2 🍾:2 🤝:1.5 ✌:1.5
😐:-0.5 😑:-1 😶:-0.5 🙄:-2 😏:-0.5 😒:-2 😬:-1 🤥:-2 😔:-2 😪:-1.5 😴:-0.5 😷:-1.5 🤒:-2 🤕:-2 🤢:-2.5
🤮:-3 🥵:-1 🥶:-1 😵:-2 🤯:-2 😕:-1.5 😟:-2 🙁:-2 ☹:-2.5 😮:-0.5 😯:-0.5 😲:-0.5 😳:-1 🥺:-1 😦:-1.5 😧:-2
😨:-2 😰:-2.5 😥:-2 😢:-2.5 😭:-2.5 😱:-2.5 😖:-2.5 😣:-2 😞:-2.5 😓:-2 😩:-2.5 😫:-2.5 😤:-2.5 😡:-3.5
😠:-3 🤬:-3.5 👎:-2.5 💔:-3 🤡:-2 💩:-2.5 🖕:-3.5 ❌:-1.5 ⚠:-1 🚫:-1.5 🤦:-2 🤷:-0.5 😿:-2 😾:-2.5 🐌:-1.5
`;

const EMOTICON_SPEC = `
:) :-) :] =) :} :o) ;) ;-) :d :-d =d :p :-p ;p :3 <3 ^^ ^_^ (: (-: :* :-*
`;
const NEG_EMOTICON_SPEC = `
:( :-( :[ =( :{ :'( :'-( ;( :/ :-/ :\\ :-\\ :| :-| </3 t_t -_- -.- ._. ): )-: :@ :s :-s d: :c ;-; ;_; :’( :’-(
`;

export const EMOJI_VALENCE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const item of EMOJI_SPEC.split(/\s+/)) {
    const i = item.lastIndexOf(":");
    if (i > 0) m.set(item.slice(0, i), Number(item.slice(i + 1)));
  }
  for (const e of EMOTICON_SPEC.split(/\s+/)) if (e) m.set(e, 2);
  for (const e of NEG_EMOTICON_SPEC.split(/\s+/)) if (e) m.set(e, -2);
  m.set(":|", -0.5);
  m.set(":-|", -0.5);
  m.set(":/", -1.5);
  m.set(":-/", -1.5);
  return m;
})();

/** A mouth or heart drawn more than once (":(((", ":-)))", ":DD", "<333") says what one says. */
const REPEATED_MOUTH = /([()[\]dp3])\1+$/;

export function emojiValence(w: string): number {
  const v = EMOJI_VALENCE.get(w) ?? EMOJI_VALENCE.get(w.toLowerCase());
  if (v !== undefined) return v;
  const once = w.toLowerCase().replace(REPEATED_MOUTH, "$1").replace(/_+/g, "_");
  return once.length < w.length ? (EMOJI_VALENCE.get(once) ?? 0) : 0;
}
