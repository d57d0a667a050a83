// Synthetic link records shared by the benches: 5,000 records shaped like those content.js
// collects on a news front page (nav, headers, stories; about 1 in 40 mentions a policy-ish
// word), with the legal links in the footer and a cookie banner at the end.
export function fiveThousandRecords() {
  const WORDS = ["election", "markets", "football", "climate", "court", "review", "travel", "recipe",
    "police", "budget", "film", "science", "health", "school", "storm", "music"];
  const TOPICS = ["privacy", "cookies", "terms", "data protection", "policy"];
  const footer = [
    ["/about", "About us", "footer"],
    ["/legal/terms", "Terms of Use", "footer"],
    ["/legal/privacy-policy", "Privacy Policy", "footer"],
    ["/legal/cookies", "Cookie Policy", "footer"],
    ["/legal/california", "Your California Privacy Rights", "footer"],
    ["/dnsmpi", "Do Not Sell or Share My Personal Information", "footer"],
    ["/legal/privacy-policy", "Privacy Policy", "dialog"],
    ["/legal/cookies", "Cookie Settings", "dialog"],
  ];
  const records = [];
  for (let i = 0; i < 5000 - footer.length; i++) {
    const w = (k) => WORDS[Number((BigInt(i) * 2654435761n) >> BigInt(k)) % WORDS.length];
    const topic = i % 40 === 0 ? TOPICS[(i / 40) % TOPICS.length] : w(17);
    records.push({
      href: `https://www.example.com/2024/05/${w(3)}-${topic.replace(" ", "-")}-${i}.html`,
      text: `${w(1)} ${topic} as ${w(9)} story ${i}`,
      title: "",
      ariaLabel: "",
      rel: "",
      region: ["nav", "header", "main", "main", "main", "aside"][i % 6],
      index: i,
      visible: true,
    });
  }
  for (const [p, text, region] of footer) {
    records.push({ href: `https://www.example.com${p}`, text, title: "", ariaLabel: "", rel: "", region, index: records.length, visible: true });
  }
  return records;
}
