// Search page: a small interface on Pagefind's JavaScript API.
// Loads nothing from Pagefind until there is a query (typed, or in the URL), and the filter counts (the biggest part of a
// large site's index) only once the reader opens the filters or the URL already applies one. The query, filters and sort live in
// the URL (search/?q=qoder&party=alibaba), so a search can be shared and the back button works. Filter values are
// the ids and slugs the site uses in its own URLs; #search-labels on the page names them.
// No inline script and no eval: the page works under a strict Content-Security-Policy (Pagefind itself needs
// 'wasm-unsafe-eval' for its WebAssembly).

// `counts` says what a facet's counts count: only event pages carry a year, a status or a tag; party pages carry their party too.
const FACETS = [
  { key: "party", title: "Party", counts: "events and party pages" },
  { key: "tag", title: "Tag", counts: "events only" },
  { key: "year", title: "Year", counts: "events only" },
  { key: "status", title: "Status", counts: "events only" },
];
const SORTS = { relevance: null, newest: { date: "desc" }, oldest: { date: "asc" } };
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
const EXCERPT_WORDS = 30;     // an excerpt's length, as Pagefind's own
const SENTENCE_LOOKBACK = 20; // how far back an excerpt may start to begin with its sentence

const root = document.getElementById("search");
const form = document.querySelector("form.search-form--page");
const input = form?.querySelector("input[name=q]");
const statusLine = document.getElementById("search-status");
const filtersBox = document.getElementById("search-filters");
const resultsBox = document.getElementById("search-results");
const fallback = document.getElementById("search-fallback");
const browse = document.getElementById("search-browse");
const bundlePath = root?.dataset.pagefindBundle ?? "/pagefind/";
const basePath = root?.dataset.basePath ?? "/";
const vocabularyUrl = root?.dataset.vocabulary ?? "";
const pageTitle = document.title;
// The index filters on ids and slugs (party=alibaba); the page lists their names ("Alibaba Group").
const labels = new Map([...(document.getElementById("search-labels")?.content.querySelectorAll("data") ?? [])]
  .map((data) => [data.value, data.textContent.trim()]));

let loading = null;         // the promise of loading Pagefind, shared by every search
let vocabulary = null;      // the promise of the site's words, loaded the first time a search finds nothing
let generation = 0;         // discards results of a search overtaken by a newer one
let typingTimer = 0;
let shown = PAGE_SIZE;
let lastSearch = null;
let filtersOpen = false;    // the filter counts are loaded and shown

if (root && form && input && statusLine && filtersBox && resultsBox) start();

function start() {
  if (fallback) fallback.hidden = true;
  root.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    commit({ ...readState(), q: input.value.trim() }, "push");
  });
  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => commit({ ...readState(), q: input.value.trim() }, "replace"), TYPING_DELAY_MS);
  });
  // Warm up while the reader is still typing their first word.
  input.addEventListener("focus", () => { if (input.value.trim() !== "") load().catch(() => {}); }, { once: true });
  window.addEventListener("popstate", () => render(readState()));
  render(readState());
}

// ---------- URL state ----------

function readState() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const { key } of FACETS) {
    const values = params.getAll(key).filter((v) => v !== "");
    if (values.length > 0) filters[key] = values;
  }
  const sort = Object.hasOwn(SORTS, params.get("sort") ?? "") ? params.get("sort") : "relevance";
  return { q: (params.get("q") ?? "").trim(), filters, sort };
}

function writeUrl(state, mode) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const { key } of FACETS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  const query = params.toString();
  const url = location.pathname + (query ? "?" + query : "");
  if (url === location.pathname + location.search) return;
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

function commit(state, mode) {
  writeUrl(state, mode);
  render(state);
}

// A tag without a name of its own in site.yml is named after its id, as the generator names it (TagNames.Of): "corporate-policy" is "Corporate policy".
function label(key, value) {
  return labels.get(`${key}:${value}`)
    ?? (key === "tag" && value.length > 0 ? value[0].toUpperCase() + value.slice(1).replaceAll("-", " ") : value);
}

// ---------- Pagefind ----------

function load() {
  loading ??= import(bundlePath + "pagefind.js").then(async (module) => {
    // Search on the page's own thread: Pagefind 1.5+ would otherwise fetch pagefind-worker.js (43 KB, a second copy of its
    // code) before the first query, and searching the index takes milliseconds even at 10,000 pages. (noWorker is read by
    // pagefind.js 1.6.0, pinned in package.json; it is also what Pagefind does where workers are unavailable.)
    await module.options({ baseUrl: basePath, noWorker: true });
    await module.init();
    return module;
  }).catch((error) => {
    loading = null; // let a later search try again
    throw error;
  });
  return loading;
}

// Keeps the URL's filter values that the index knows; a stale or mistyped one is ignored rather than matching nothing.
function pagefindFilters(state, available) {
  const filters = {};
  for (const { key } of FACETS) {
    const values = (state.filters[key] ?? []).filter((v) => Object.hasOwn(available[key] ?? {}, v));
    if (values.length > 0) filters[key] = values;
  }
  return filters;
}

// ---------- Rendering ----------

async function render(state) {
  const mine = ++generation;
  if (input.value.trim() !== state.q && document.activeElement !== input) input.value = state.q;
  document.title = state.q ? `${state.q} – ${pageTitle}` : pageTitle;
  if (state.q === "") {
    lastSearch = null;
    if (browse) browse.hidden = false;
    statusLine.textContent = "";
    filtersBox.replaceChildren();
    resultsBox.replaceChildren();
    return;
  }

  root.setAttribute("aria-busy", "true");
  let module;
  try {
    module = await load();
  } catch {
    if (mine === generation) unavailable();
    return;
  }
  // Loading the filters makes every later search return counts per filter value; until then searches skip them.
  if (Object.keys(state.filters).length > 0) filtersOpen = true;
  const filters = filtersOpen ? pagefindFilters(state, await module.filters()) : {};
  if (mine !== generation) return;
  const options = { filters };
  if (SORTS[state.sort]) options.sort = SORTS[state.sort];
  const search = await module.search(state.q, options);
  if (mine !== generation) return;

  const sameQuery = lastSearch && lastSearch.q === state.q && JSON.stringify(lastSearch.filters) === JSON.stringify(filters) && lastSearch.sort === state.sort;
  if (!sameQuery) shown = PAGE_SIZE;
  lastSearch = { q: state.q, filters, sort: state.sort };

  const results = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
  const missing = search.results.length > 0 ? wordsNotFound(state.q, results) : [];
  // Nothing found, or only words that begin like a query word: look for the site's own word nearest to each query word, and
  // offer it only if it finds something.
  let suggested = null;
  if (search.results.length === 0 || missing.length > 0) {
    const words = await loadVocabulary();
    const candidate = suggestion(state.q, words);
    if (candidate) {
      const check = await module.search(candidate, options);
      if (check.results.length > 0) suggested = { q: candidate, count: check.results.length };
    }
  }
  if (mine !== generation) return;

  root.removeAttribute("aria-busy");
  if (browse) browse.hidden = search.results.length > 0;
  statusLine.textContent = missing.length > 0
    ? approximateSummary(missing, search.results.length, results.length)
    : summary(search.results.length, results.length, state.q, filters);
  renderFilters(state, search, filters);
  renderResults(state, search.results.length, results, filters, suggested);
}

// Pagefind answers a word no page uses with the pages whose words only begin like it ("banana" lists pages with "ban"). The
// words at the places it matched say which query words were found as typed, or as a form of them ("launches" finds "launched").
function wordsNotFound(q, results) {
  const matched = results.flatMap((r) => {
    const words = (r.content ?? "").split(/\s+/);
    return (r.locations ?? []).map((i) => Excerpts.bare(words[i] ?? ""));
  }).filter(Boolean);
  if (matched.length === 0) return [];
  // Only words in Latin letters and digits are judged: Pagefind splits other scripts into words differently from white space.
  const typed = q.split(/\s+/).map(Excerpts.bare).filter((w) => /^[\p{Script=Latin}\p{N}'’-]+$/u.test(w));
  return [...new Set(typed.filter((word) => !matched.some((m) => formOf(word, m))))];
}

// A form of the typed word shares its first half, and at least four letters (all of a shorter word).
function formOf(typed, word) {
  let common = 0;
  while (common < typed.length && common < word.length && typed[common] === word[common]) common++;
  return common >= Math.min(typed.length, Math.max(4, Math.ceil(typed.length / 2)));
}

// Said instead of "N results for …" when a query word is on no page, so a reader is not told that pages match it.
function approximateSummary(missing, count, listed) {
  const words = missing.map((w) => `“${w}”`).join(" or ");
  const what = listed < count ? `showing ${number(listed)} of ${number(count)} results` : count === 1 ? "1 result" : `${number(count)} results`;
  return `No page uses ${words}; ${what} for words that begin like ${missing.length === 1 ? "it" : "them"}.`;
}

// Counts read as the pages write them: 1,234, not 1234.
const number = (n) => n.toLocaleString("en");

// The count says what is listed: all of it, or the first part of it while "Show more" holds the rest.
function summary(count, listed, q, filters) {
  const found = count === 0 ? "No results" : count === 1 ? "1 result" : `${number(count)} results`;
  const applied = Object.entries(filters).flatMap(([key, values]) => values.map((v) => label(key, v)));
  const showing = listed < count ? `Showing ${number(listed)} of ${number(count)} results` : found;
  return `${showing} for “${q}”${applied.length > 0 ? ", filtered by " + applied.join(", ") : ""}.`;
}

function unavailable() {
  root.removeAttribute("aria-busy");
  filtersBox.replaceChildren();
  const message = el("p", { class: "search__unavailable" },
    "Search is unavailable on this copy of the site: its search index was not built. ");
  // Offer the same ways in as the browse list below.
  if (browse) browse.hidden = false;
  const links = browse ? [...browse.querySelectorAll(".search-browse__list > li > a:first-child")] : [];
  if (links.length > 0) {
    message.append("You can still browse ");
    links.forEach((link, i) => {
      if (i > 0) message.append(i === links.length - 1 ? " or " : ", ");
      message.append(el("a", { href: link.getAttribute("href") }, link.textContent));
    });
    message.append(".");
  }
  statusLine.textContent = "Search is unavailable.";
  resultsBox.replaceChildren(message);
}

function renderFilters(state, search, filters) {
  // Nothing found and nothing to remove: filters and sort would only push the suggestion down.
  if (search.results.length === 0 && Object.keys(filters).length === 0) {
    filtersBox.replaceChildren();
    return;
  }
  const active = document.activeElement;
  const focused = active?.dataset?.facet ? { ...active.dataset } : null;
  const sortFocused = active?.id === "search-sort";
  const groups = [];
  let open = null;
  if (!filtersOpen) {
    open = el("button", { type: "button", class: "button button--secondary search__filters-open", "aria-expanded": "false" }, "Filter");
    open.addEventListener("click", async () => {
      filtersOpen = true;
      await render(readState());
      filtersBox.querySelector("[data-facet]")?.focus();
    });
  }
  for (const { key, title, counts: what } of filtersOpen ? FACETS : []) {
    const counts = search.filters?.[key] ?? {};
    const selected = filters[key] ?? [];
    const values = Object.keys(counts)
      .filter((value) => counts[value] > 0 || selected.includes(value))
      .sort((a, b) => counts[b] - counts[a] || label(key, a).localeCompare(label(key, b)));
    if (values.length === 0) continue;
    const list = el("ul", { class: "search-chips", role: "list" });
    for (const value of values) {
      const pressed = selected.includes(value);
      const button = el("button", {
        type: "button", class: "search-chip", "aria-pressed": String(pressed), "data-facet": key, "data-value": value,
      }, label(key, value), " ", el("span", { class: "search-chip__count" }, number(counts[value]), el("span", { class: "visually-hidden" }, counts[value] === 1 ? " result" : " results")));
      button.addEventListener("click", () => toggle(state, key, value, pressed));
      list.append(el("li", {}, button));
    }
    groups.push(el("fieldset", { class: "search-facet" },
      el("legend", { class: "search-facet__legend" }, title, el("span", { class: "search-facet__counts" }, ` (${what})`)), list));
  }

  const sort = el("select", { id: "search-sort", class: "search-sort__select" },
    ...[["relevance", "Best match"], ["newest", "Newest first"], ["oldest", "Oldest first"]].map(([value, text]) => {
      const option = el("option", { value }, text);
      option.selected = value === state.sort;
      return option;
    }));
  sort.addEventListener("change", () => commit({ ...readState(), sort: sort.value }, "push"));
  // One row on a phone: the first result stays on the first screen.
  groups.push(el("div", { class: "search__tools" }, ...(open ? [open] : []),
    el("p", { class: "search-sort" }, el("label", { for: "search-sort" }, "Sort "), sort)));

  filtersBox.replaceChildren(...groups);
  // Re-rendering replaces the buttons; keep the keyboard where the reader was.
  if (sortFocused) sort.focus();
  if (focused) filtersBox.querySelector(`[data-facet="${CSS.escape(focused.facet)}"][data-value="${CSS.escape(focused.value)}"]`)?.focus();
}

function toggle(state, key, value, pressed) {
  const current = readState();
  const values = (current.filters[key] ?? []).filter((v) => v !== value);
  if (!pressed) values.push(value);
  const next = { ...current.filters, [key]: values };
  if (values.length === 0) delete next[key];
  commit({ ...current, q: state.q, filters: next }, "push");
}

function renderResults(state, total, results, filters, suggested) {
  if (total === 0) {
    const empty = el("div", { class: "search__empty" });
    if (suggested) {
      empty.append(el("p", {}, "Did you mean ", suggestionLink(suggested), `? (${suggested.count === 1 ? "1 result" : number(suggested.count) + " results"})`));
    }
    const hasFilters = Object.keys(filters).length > 0;
    empty.append(el("p", {}, `Check the spelling, or try fewer or different words${hasFilters ? ", or remove a filter" : ""}. You can also browse the lists below.`));
    resultsBox.replaceChildren(empty);
    return;
  }
  const list = el("ol", { class: "search-results", role: "list" });
  for (const result of results) list.append(resultItem(result));
  const children = [list];
  if (suggested) children.unshift(el("p", { class: "search__did-you-mean" }, "Did you mean ", suggestionLink(suggested), `? (${suggested.count === 1 ? "1 result" : number(suggested.count) + " results"})`));
  if (total > results.length) {
    const more = el("button", { type: "button", class: "button button--secondary search__more" }, `Show more results (${number(total - results.length)} more)`);
    more.addEventListener("click", async () => {
      const firstNew = results.length;
      shown += PAGE_SIZE;
      await render(readState());
      // Move focus to the first new result so keyboard and screen reader users continue from there.
      resultsBox.querySelectorAll(".search-result__title a")[firstNew]?.focus();
    });
    children.push(more);
  }
  resultsBox.replaceChildren(...children);
}

function suggestionLink(suggested) {
  const params = new URLSearchParams(location.search);
  params.set("q", suggested.q);
  const link = el("a", { href: "?" + params.toString(), class: "search__suggestion" }, suggested.q);
  link.addEventListener("click", (event) => {
    event.preventDefault();
    commit({ ...readState(), q: suggested.q }, "push");
  });
  return link;
}

function resultItem(result) {
  const meta = result.meta ?? {};
  const parties = (result.filters?.party ?? []).map((v) => label("party", v));
  const status = (result.filters?.status ?? []).map((v) => label("status", v));
  const details = [meta.type, meta.date, ...status].filter(Boolean);
  const item = el("li", { class: "search-result" },
    el("h2", { class: "search-result__title" }, el("a", { href: result.url }, meta.title || result.url)));
  if (details.length > 0 || parties.length > 0) {
    const line = el("p", { class: "search-result__meta" }, details.join(" · "));
    if (parties.length > 0) line.append(details.length > 0 ? " · " : "", "Parties: " + parties.join(", "));
    item.append(line);
  }

  // Sub-results land on a heading with an id: an FAQ question, or a section of the page.
  const sections = (result.sub_results ?? []).filter((s) => s.anchor && s.url !== result.url).slice(0, 3);
  const excerpts = Excerpts.of(result, sections, meta.title ?? "");
  if (excerpts.main) item.append(el("p", { class: "search-result__excerpt" }, ...excerpts.main));
  if (sections.length > 0) {
    const list = el("ul", { class: "search-result__sections", role: "list" });
    sections.forEach((section, i) => {
      const entry = el("li", {}, el("a", { href: section.url }, section.title));
      if (excerpts.sections[i]) entry.append(el("p", { class: "search-result__excerpt" }, ...excerpts.sections[i]));
      list.append(entry);
    });
    item.append(list);
  }
  return item;
}

// ---------- Excerpts ----------

// Excerpts made from the page's text rather than Pagefind's: each starts where a sentence starts (or, in a long sentence, at
// a word after "…"), a heading shown as a link is not repeated under it, and the page's excerpt stops where a listed section
// begins, so no sentence is shown twice. Pagefind's locations number the words of `content` split on white space.
const Excerpts = {
  of(result, sections, title) {
    const words = (result.content ?? "").split(/\s+/);
    const hits = new Set(result.locations ?? []);
    const starts = sections.map((s) => s.anchor.location).sort((a, b) => a - b);
    const inSection = new Set(sections.flatMap((s) => s.locations ?? []));
    // Where a section ends: at the next heading Pagefind reports, or after an excerpt's length.
    const anchors = (result.sub_results ?? []).filter((s) => s.anchor).map((s) => s.anchor.location);
    const boundAfter = (from, among) => Math.min(words.length, ...among.filter((a) => a > from));

    const afterTitle = Excerpts.skipHeading(words, 0, title, 8);
    const mainHit = (result.locations ?? []).find((h) => h >= afterTitle && !inSection.has(h));
    const mainStart = mainHit ?? afterTitle;
    const mainBound = boundAfter(mainStart, starts);
    const main = mainStart < mainBound ? Excerpts.window(words, hits, mainStart, afterTitle, mainBound) : null;

    const sectionExcerpts = sections.map((section) => {
      const from = Excerpts.skipHeading(words, section.anchor.location, section.title ?? "", 1);
      const hit = (section.locations ?? []).find((h) => h >= from);
      const at = hit ?? from;
      const bound = boundAfter(section.anchor.location, anchors);
      return at < bound ? Excerpts.window(words, hits, at, from, bound) : null;
    });
    return { main, sections: sectionExcerpts };
  },

  // The index of the first word after `heading` when it is found within `within` words of `from`; else `from`.
  skipHeading(words, from, heading, within) {
    const target = heading.split(/\s+/).filter(Boolean).map(Excerpts.bare);
    if (target.length === 0) return from;
    for (let i = from; i <= from + within && i + target.length <= words.length; i++) {
      if (target.every((w, j) => Excerpts.bare(words[i + j]) === w)) return i + target.length;
    }
    return from;
  },

  bare: (word) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""),

  // A word's leading and trailing punctuation apart from its letters and digits; a word of punctuation only is all core.
  split(word) {
    const [, before, core, after] = word.match(/^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u);
    return core ? { before, core, after } : { before: "", core: word, after: "" };
  },

  endsSentence: (word) => /[.!?]["”’)\]]*$/.test(word ?? ""),

  // Up to EXCERPT_WORDS words around `hit`: back to its sentence's start (not before `floor`), forward to a sentence's end
  // when one is near, never past `bound`. Hits are marked; "…" says where text was left out.
  window(words, hits, hit, floor, bound) {
    let start = hit;
    while (start > floor && hit - start < SENTENCE_LOOKBACK && !Excerpts.endsSentence(words[start - 1])) start--;
    const cutBefore = start > floor && !Excerpts.endsSentence(words[start - 1]);
    let end = Math.min(bound, start + EXCERPT_WORDS);
    // End with the hit's own sentence when that makes a long enough excerpt, rather than run into the next block of the page.
    for (let i = hit; i < end; i++) {
      if (Excerpts.endsSentence(words[i]) && i + 1 - start >= EXCERPT_WORDS / 2) { end = i + 1; break; }
    }
    const cutAfter = end < bound && !Excerpts.endsSentence(words[end - 1]);
    const nodes = [];
    let text = cutBefore ? "… " : "";
    for (let i = start; i < end; i++) {
      const word = Excerpts.decode(words[i]);
      if (hits.has(i)) {
        // The word is marked, not the punctuation around it ("Qoder," marks "Qoder").
        const { before, core, after } = Excerpts.split(word);
        text += before;
        if (text) nodes.push(document.createTextNode(text));
        nodes.push(el("mark", {}, core));
        text = after + " ";
      } else {
        text += word + " ";
      }
    }
    text = text.trimEnd() + (cutAfter ? " …" : "");
    if (text) nodes.push(document.createTextNode(text));
    return nodes.length > 0 ? nodes : null;
  },

  // Pagefind stores the text with HTML entities escaped; decode them as text, never as markup.
  decode(word) {
    if (!word.includes("&")) return word;
    return new DOMParser().parseFromString(`<body>${word}</body>`, "text/html").body.textContent ?? word;
  },
};

// ---------- Did you mean ----------

function loadVocabulary() {
  if (!vocabularyUrl) return Promise.resolve([]);
  vocabulary ??= fetch(vocabularyUrl)
    .then((response) => (response.ok ? response.json() : { words: [] }))
    .then((json) => (Array.isArray(json.words) ? json.words.filter((w) => typeof w === "string") : []))
    .catch(() => {
      vocabulary = null; // let a later search try again
      return [];
    });
  return vocabulary;
}

// Each query word the site does not use is replaced by the site's nearest word (one edit for short words, two for longer);
// the vocabulary lists party and tag words first, then headline words by use, so ties go to the likelier word.
function suggestion(q, words) {
  const known = new Set(words);
  let changed = false;
  const fixed = q.toLowerCase().split(/\s+/).filter(Boolean).map((term) => {
    const bare = Excerpts.bare(term);
    if (bare.length < 3 || known.has(bare)) return term;
    const best = nearest(bare, words);
    if (best === null) return term;
    changed = true;
    return best;
  });
  return changed ? fixed.join(" ") : null;
}

function nearest(term, words) {
  let best = null;
  let bestDistance = (term.length <= 4 ? 1 : 2) + 1;
  for (const word of words) {
    if (Math.abs(word.length - term.length) >= bestDistance) continue;
    const d = editDistance(term, word);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.
function editDistance(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

function el(name, attributes, ...children) {
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}
