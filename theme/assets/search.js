// Search page: a small interface on Pagefind's JavaScript API.
// Loads nothing from Pagefind until there is a query (typed, or in the URL), and the filter counts (the biggest part of a
// large site's index) only once the reader opens the filters or the URL already applies one. The query, filters and sort live in
// the URL (search/?q=qoder&party=alibaba), so a search can be shared and the back button works. Filter values are
// the ids and slugs the site uses in its own URLs; #search-labels on the page names them.
// No inline script and no eval: the page works under a strict Content-Security-Policy (Pagefind itself needs
// 'wasm-unsafe-eval' for its WebAssembly).

const FACETS = [
  { key: "party", title: "Party" },
  { key: "tag", title: "Tag" },
  { key: "year", title: "Year" },
  { key: "status", title: "Status" },
];
const SORTS = { relevance: null, newest: { date: "desc" }, oldest: { date: "asc" } };
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

const root = document.getElementById("search");
const form = document.querySelector("form.search-form--page");
const input = form?.querySelector("input[name=q]");
const statusLine = document.getElementById("search-status");
const filtersBox = document.getElementById("search-filters");
const resultsBox = document.getElementById("search-results");
const fallback = document.getElementById("search-fallback");
const bundlePath = root?.dataset.pagefindBundle ?? "/pagefind/";
const basePath = root?.dataset.basePath ?? "/";
const pageTitle = document.title;
// The index filters on ids and slugs (party=alibaba); the page lists their names ("Alibaba Group").
const labels = new Map([...(document.getElementById("search-labels")?.content.querySelectorAll("data") ?? [])]
  .map((data) => [data.value, data.textContent.trim()]));

let loading = null;         // the promise of loading Pagefind, shared by every search
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

function label(key, value) {
  return labels.get(`${key}:${value}`) ?? value;
}

// ---------- Pagefind ----------

function load() {
  loading ??= import(bundlePath + "pagefind.js").then(async (module) => {
    await module.options({ baseUrl: basePath });
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
  if (mine !== generation) return;

  root.removeAttribute("aria-busy");
  statusLine.textContent = summary(search.results.length, state.q, filters);
  renderFilters(state, search, filters);
  renderResults(state, search.results.length, results);
}

function summary(count, q, filters) {
  const found = count === 0 ? "No results" : count === 1 ? "1 result" : `${count} results`;
  const applied = Object.entries(filters).flatMap(([key, values]) => values.map((v) => label(key, v)));
  return `${found} for “${q}”${applied.length > 0 ? ", filtered by " + applied.join(", ") : ""}.`;
}

function unavailable() {
  root.removeAttribute("aria-busy");
  filtersBox.replaceChildren();
  const message = el("p", { class: "search__unavailable" },
    "Search is unavailable on this copy of the site: its search index was not built. ");
  // Offer the same ways in as the no-JavaScript message.
  const links = fallback ? [...fallback.querySelectorAll("a")] : [];
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
  const active = document.activeElement;
  const focused = active?.dataset?.facet ? { ...active.dataset } : null;
  const sortFocused = active?.id === "search-sort";
  const groups = [];
  if (!filtersOpen) {
    const open = el("button", { type: "button", class: "button button--secondary search__filters-open", "aria-expanded": "false" }, "Filter by party, tag, year or status");
    open.addEventListener("click", async () => {
      filtersOpen = true;
      await render(readState());
      filtersBox.querySelector("[data-facet]")?.focus();
    });
    groups.push(el("p", {}, open));
  }
  for (const { key, title } of filtersOpen ? FACETS : []) {
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
      }, label(key, value), " ", el("span", { class: "search-chip__count" }, String(counts[value]), el("span", { class: "visually-hidden" }, counts[value] === 1 ? " result" : " results")));
      button.addEventListener("click", () => toggle(state, key, value, pressed));
      list.append(el("li", {}, button));
    }
    groups.push(el("fieldset", { class: "search-facet" }, el("legend", { class: "search-facet__legend" }, title), list));
  }

  const sort = el("select", { id: "search-sort", class: "search-sort__select" },
    ...[["relevance", "Best match"], ["newest", "Newest first"], ["oldest", "Oldest first"]].map(([value, text]) => {
      const option = el("option", { value }, text);
      option.selected = value === state.sort;
      return option;
    }));
  sort.addEventListener("change", () => commit({ ...readState(), sort: sort.value }, "push"));
  groups.push(el("p", { class: "search-sort" }, el("label", { for: "search-sort" }, "Sort results "), sort));

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

function renderResults(state, total, results) {
  if (total === 0) {
    resultsBox.replaceChildren(el("p", { class: "search__empty" }, "Try fewer or different words, or remove a filter."));
    return;
  }
  const list = el("ol", { class: "search-results", role: "list" });
  for (const result of results) list.append(resultItem(result));
  const children = [list];
  if (total > results.length) {
    const more = el("button", { type: "button", class: "button button--secondary search__more" }, `Show more results (${total - results.length} more)`);
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
  item.append(el("p", { class: "search-result__excerpt" }, ...highlighted(result.excerpt)));

  // Sub-results land on a heading with an id: an FAQ question, or a section of the page.
  const sections = (result.sub_results ?? []).filter((s) => s.anchor && s.url !== result.url).slice(0, 3);
  if (sections.length > 0) {
    const list = el("ul", { class: "search-result__sections", role: "list" });
    for (const section of sections) {
      list.append(el("li", {},
        el("a", { href: section.url }, section.title),
        el("p", { class: "search-result__excerpt" }, ...highlighted(section.excerpt))));
    }
    item.append(list);
  }
  return item;
}

// Pagefind's excerpts are escaped text with <mark> around hits; rebuild them as nodes so nothing else can slip in.
function highlighted(excerpt) {
  const doc = new DOMParser().parseFromString(`<body>${excerpt ?? ""}</body>`, "text/html");
  return [...doc.body.childNodes].map((node) =>
    node.nodeName === "MARK" ? el("mark", {}, node.textContent) : document.createTextNode(node.textContent ?? ""));
}

function el(name, attributes, ...children) {
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}
