// The FAQ used to be one page with every answer on it, so links in the wild point at faq/#what-is-qoder. Each answer now
// lives on its event's page; when the address names an anchor this page does not have, look it up in the map the build
// writes (faq/anchors/N.json, split by a hash of the anchor: FaqAnchorMap.Shard in the generator computes the same) and go there.
const map = document.getElementById("faq-anchors");

function shard(anchor, shards) {
  let hash = 0x811c9dc5; // FNV-1a over UTF-16 code units
  for (let i = 0; i < anchor.length; i++) {
    hash ^= anchor.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

async function follow() {
  let anchor;
  try {
    anchor = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  if (anchor === "" || document.getElementById(anchor)) return;
  const response = await fetch(`${map.dataset.map}${shard(anchor, Number(map.dataset.shards))}.json`);
  if (!response.ok) return;
  const homes = await response.json();
  if (Object.hasOwn(homes, anchor)) location.replace(homes[anchor]);
}

if (map) {
  follow();
  addEventListener("hashchange", follow);
}
