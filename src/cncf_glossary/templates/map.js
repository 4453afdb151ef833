/* The concept map page: search, legend/filters, focus view, tooltip and panel.
 * Every text from the data goes through textContent; links are http(s) only. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("glossary-data").textContent);
  var terms = data.terms;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function safeUrl(url) {
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return null;
    try {
      var parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) { return null; }
  }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }

  var categoryById = {};
  data.categories.forEach(function (c) { categoryById[c.id] = c; });
  var kindById = {};
  data.kinds.forEach(function (k) { kindById[k.id] = k; });

  // -- the network -----------------------------------------------------------
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = $("map");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.network = network;
  window.glossaryMap = { data: data, nodes: nodes, edges: edges, goTo: goTo,
                         focusOn: focusOn, showAll: showAll };
  network.once("afterDrawing", function () {
    window.mapFirstPaint = performance.now();
    document.body.setAttribute("data-ready", "true");
  });

  var adjacency = {};
  data.edges.forEach(function (e) {
    (adjacency[e.from] = adjacency[e.from] || []).push(e);
    (adjacency[e.to] = adjacency[e.to] || []).push(e);
  });

  // -- filters and focus -----------------------------------------------------
  var state = {
    cat: new Set(data.categories.map(function (c) { return c.id; })),
    kind: new Set(data.kinds.map(function (k) { return k.id; })),
    mat: new Set(data.maturities),
    focus: null,
    depth: data.depth
  };
  var hiddenNodes = new Set();
  var hiddenEdges = new Set();

  function maturityOf(id) { return terms[id].maturity || "none"; }

  function reachable(start, depth) {
    var seen = new Set([start]);
    var frontier = [start];
    for (var d = 0; d < depth && frontier.length; d++) {
      var next = [];
      frontier.forEach(function (id) {
        (adjacency[id] || []).forEach(function (e) {
          if (!state.kind.has(e.kind)) return;
          var other = e.from === id ? e.to : e.from;
          if (!seen.has(other) && passes(other)) { seen.add(other); next.push(other); }
        });
      });
      frontier = next;
    }
    return seen;
  }
  function passes(id) {
    var t = terms[id];
    return state.cat.has(t.category) && state.mat.has(maturityOf(id));
  }

  function apply(fit) {
    var around = state.focus ? reachable(state.focus, state.depth) : null;
    var nodeChanges = [];
    var visible = [];
    data.nodes.forEach(function (n) {
      var show = around ? around.has(n.id) : passes(n.id);
      if (show) visible.push(n.id);
      if (show === hiddenNodes.has(n.id)) {
        nodeChanges.push({ id: n.id, hidden: !show });
        if (show) hiddenNodes.delete(n.id); else hiddenNodes.add(n.id);
      }
    });
    var edgeChanges = [];
    var shownEdges = 0;
    data.edges.forEach(function (e) {
      var show = state.kind.has(e.kind) && !hiddenNodes.has(e.from) && !hiddenNodes.has(e.to);
      if (show) shownEdges++;
      if (show === hiddenEdges.has(e.id)) {
        edgeChanges.push({ id: e.id, hidden: !show });
        if (show) hiddenEdges.delete(e.id); else hiddenEdges.add(e.id);
      }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    $("stats").textContent = fmt(visible.length) + " of " + fmt(data.nodes.length) +
      " terms · " + fmt(shownEdges) + " relations" + (data.version ? " · data " + data.version : "");
    $("focus-label").textContent = state.focus ? "Around " + terms[state.focus].name : "Whole map";
    $("show-all").disabled = !state.focus && visible.length === data.nodes.length &&
      shownEdges === data.edges.length;
    syncLegend();
    computeLabels();
    if (fit && visible.length) {
      network.fit({ nodes: visible, animation: { duration: 450, easingFunction: "easeInOutQuad" } });
    }
  }

  function focusOn(id, depth) {
    if (!terms[id]) return;
    state.focus = id;
    if (depth !== undefined) { state.depth = depth; $("depth").value = String(depth); }
    if (!passes(id)) { // the focus term itself is filtered out: lift its filters
      state.cat.add(terms[id].category);
      state.mat.add(maturityOf(id));
    }
    apply(true);
    network.selectNodes([id]);
    openPanel(id);
  }
  function showAll() {
    state.focus = null;
    data.categories.forEach(function (c) { state.cat.add(c.id); });
    data.kinds.forEach(function (k) { state.kind.add(k.id); });
    data.maturities.forEach(function (m) { state.mat.add(m); });
    apply(true);
  }

  // -- legend (doubles as the filters) --------------------------------------
  function lineSample(kind) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "34");
    svg.setAttribute("height", "10");
    svg.setAttribute("aria-hidden", "true");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5");
    line.setAttribute("x2", kind.directed ? "26" : "33"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", kind.color);
    line.setAttribute("stroke-width", "2");
    if (kind.dashes) line.setAttribute("stroke-dasharray", kind.dashes.join(" "));
    svg.appendChild(line);
    if (kind.directed) {
      var head = document.createElementNS(ns, "path");
      head.setAttribute("d", "M25 1 L33 5 L25 9 Z");
      head.setAttribute("fill", kind.color);
      svg.appendChild(head);
    }
    return svg;
  }
  var legendItems = [];
  function legendRow(list, group, value, label, count, marker) {
    var li = el("li");
    li.setAttribute("role", "checkbox");
    li.setAttribute("tabindex", "0");
    li.dataset.group = group;
    li.dataset.value = value;
    li.appendChild(marker);
    li.appendChild(el("span", "name", label));
    if (count !== null) li.appendChild(el("span", "count", fmt(count)));
    function toggle() {
      var set = state[group];
      if (set.has(value)) set.delete(value); else set.add(value);
      apply(false);
    }
    li.addEventListener("click", toggle);
    li.addEventListener("keydown", function (ev) {
      if (ev.key === " " || ev.key === "Enter") { ev.preventDefault(); toggle(); }
    });
    list.appendChild(li);
    legendItems.push(li);
  }
  function syncLegend() {
    legendItems.forEach(function (li) {
      var on = state[li.dataset.group].has(li.dataset.value);
      li.classList.toggle("off", !on);
      li.setAttribute("aria-checked", on ? "true" : "false");
    });
  }
  data.categories.forEach(function (c) {
    var dot = el("span", "swatch");
    dot.style.background = c.color;
    legendRow($("legend-categories"), "cat", c.id, c.name, c.count, dot);
  });
  data.kinds.forEach(function (k) {
    legendRow($("legend-kinds"), "kind", k.id, k.id.replace(/-/g, " "), k.count, lineSample(k));
  });
  var maturityCounts = {};
  Object.keys(terms).forEach(function (id) {
    var m = maturityOf(id);
    maturityCounts[m] = (maturityCounts[m] || 0) + 1;
  });
  data.maturities.forEach(function (m) {
    var mark = el("span", "badge " + m, m === "none" ? "–" : m.charAt(0).toUpperCase());
    legendRow($("legend-maturity"), "mat", m, m === "none" ? "not a CNCF project" : m,
              maturityCounts[m], mark);
  });
  document.querySelectorAll("button[data-all]").forEach(function (button) {
    button.addEventListener("click", function () {
      var group = button.dataset.all;
      var all = group === "cat" ? data.categories.map(function (c) { return c.id; })
        : group === "kind" ? data.kinds.map(function (k) { return k.id; }) : data.maturities;
      var set = state[group];
      var every = all.every(function (v) { return set.has(v); });
      all.forEach(function (v) { if (every) set.delete(v); else set.add(v); });
      apply(false);
    });
  });
  $("show-all").addEventListener("click", showAll);
  $("depth").value = String(Math.min(4, Math.max(1, data.depth)));
  $("depth").addEventListener("change", function () {
    state.depth = Number($("depth").value);
    if (state.focus) apply(true);
  });
  $("physics").checked = !!data.options.physics.enabled;
  $("physics").addEventListener("change", function () {
    network.setOptions({ physics: { enabled: $("physics").checked } });
  });

  // -- cluster labels, drawn under the nodes ---------------------------------
  var labels = [];
  function computeLabels() {
    var boxes = {};
    var positions = network.getPositions();
    Object.keys(positions).forEach(function (id) {
      if (hiddenNodes.has(id)) return;
      var c = terms[id].category, p = positions[id];
      var b = boxes[c] || (boxes[c] = { x0: p.x, x1: p.x, y0: p.y, n: 0 });
      b.x0 = Math.min(b.x0, p.x); b.x1 = Math.max(b.x1, p.x); b.y0 = Math.min(b.y0, p.y); b.n++;
    });
    labels = Object.keys(boxes).filter(function (c) { return boxes[c].n > 1; }).map(function (c) {
      var b = boxes[c], cat = categoryById[c];
      var size = Math.max(20, Math.min(44, Math.sqrt(b.n) * 6));
      return { text: cat.name, color: cat.ink, x: (b.x0 + b.x1) / 2, y: b.y0 - 28, size: size };
    });
  }
  network.on("beforeDrawing", function (ctx) {
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "bottom";
    labels.forEach(function (l) {
      ctx.font = "600 " + l.size + "px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
      ctx.globalAlpha = 0.9;
      ctx.lineWidth = 6;
      ctx.strokeStyle = "#ffffff";
      ctx.strokeText(l.text, l.x, l.y);
      ctx.fillStyle = l.color;
      ctx.fillText(l.text, l.x, l.y);
    });
    ctx.restore();
  });
  network.on("dragEnd", function (p) { if (p.nodes.length) computeLabels(); });
  network.on("stabilized", computeLabels);

  // -- tooltip ----------------------------------------------------------------
  var tip = $("tooltip");
  function placeTip(pointer) {
    var box = container.getBoundingClientRect();
    var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 8) x = Math.max(8, box.left + pointer.x - w - 14);
    if (y + h > window.innerHeight - 8) y = Math.max(8, box.top + pointer.y - h - 14);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function describe(id) {
    var t = terms[id];
    var bits = [t.kind, (categoryById[t.category] || {}).name || t.category];
    if (t.maturity) bits.push("CNCF " + t.maturity);
    return bits.join(" · ");
  }
  network.on("hoverNode", function (p) {
    var t = terms[p.node];
    tip.replaceChildren(el("strong", null, t.name), el("span", "meta", describe(p.node)),
      document.createTextNode(t.definition.length > 320 ? t.definition.slice(0, 317) + "…" : t.definition));
    placeTip(p.pointer.DOM);
    container.style.cursor = "pointer";
  });
  network.on("hoverEdge", function (p) {
    var e = edges.get(p.edge);
    if (!e) return;
    var k = kindById[e.kind];
    tip.replaceChildren(document.createTextNode(terms[e.from].name + " " + k.phrase + " " + terms[e.to].name));
    placeTip(p.pointer.DOM);
  });
  function hideTip() { tip.hidden = true; container.style.cursor = ""; }
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // -- side panel -------------------------------------------------------------
  var current = null;
  function termButton(id) {
    var b = el("button");
    b.type = "button";
    var dot = el("span", "swatch");
    dot.style.background = (categoryById[terms[id].category] || {}).color || "#999";
    b.appendChild(dot);
    b.appendChild(document.createTextNode(terms[id].name));
    b.dataset.term = id;
    b.addEventListener("click", function () { goTo(id); });
    return b;
  }
  function openPanel(id) {
    var t = terms[id];
    if (!t) return;
    current = id;
    $("panel-name").textContent = t.name;
    var meta = $("panel-meta");
    meta.replaceChildren();
    var cat = categoryById[t.category];
    var catBadge = el("span", "badge");
    var dot = el("span", "swatch");
    dot.style.background = cat ? cat.color : "#999";
    catBadge.appendChild(dot);
    catBadge.appendChild(document.createTextNode(cat ? cat.name : t.category));
    meta.appendChild(el("span", "badge", t.kind));
    meta.appendChild(catBadge);
    if (t.maturity) meta.appendChild(el("span", "badge " + t.maturity, "CNCF " + t.maturity));
    $("panel-definition").textContent = t.definition;
    $("panel-aliases").textContent = [
      t.aliases.length ? "Also: " + t.aliases.join(", ") : "",
      t.formerly.length ? "Formerly: " + t.formerly.join(", ") : "",
    ].filter(Boolean).join(" · ");
    var links = $("panel-links");
    links.replaceChildren();
    [["Website", t.url], ["Source", t.repo]].forEach(function (pair) {
      var href = safeUrl(pair[1]);
      if (!href) return;
      var a = el("a", null, pair[0] + " ↗");
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.title = href;
      links.appendChild(a);
    });
    var groups = [];
    var byLabel = {};
    (adjacency[id] || []).forEach(function (e) {
      var k = kindById[e.kind];
      var outgoing = e.from === id;
      var label = outgoing || !k.directed ? k.phrase : k.inverse;
      var other = outgoing ? e.to : e.from;
      if (!byLabel[label]) { byLabel[label] = { kind: k, ids: [] }; groups.push(label); }
      if (byLabel[label].ids.indexOf(other) < 0) byLabel[label].ids.push(other);
    });
    var rel = $("panel-relations");
    rel.replaceChildren();
    groups.forEach(function (label) {
      var g = byLabel[label];
      var h = el("h3");
      h.appendChild(lineSample(g.kind));
      h.appendChild(document.createTextNode(t.name + " " + label));
      rel.appendChild(h);
      var ul = el("ul");
      g.ids.sort(function (a, b) { return terms[a].name.localeCompare(terms[b].name); });
      g.ids.forEach(function (other) {
        var li = el("li");
        li.appendChild(termButton(other));
        ul.appendChild(li);
      });
      rel.appendChild(ul);
    });
    if (!groups.length) rel.appendChild(el("p", "muted", "No relations drawn on this map."));
    $("panel").hidden = false;
  }
  function closePanel() { $("panel").hidden = true; current = null; }
  $("panel-close").addEventListener("click", function () { closePanel(); network.unselectAll(); });
  $("panel-focus").addEventListener("click", function () {
    if (current) focusOn(current, Number($("depth").value));
  });
  network.on("click", function (p) {
    if (p.nodes.length) openPanel(p.nodes[0]);
    else if (!p.edges.length) closePanel();
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length) focusOn(p.nodes[0], Number($("depth").value));
  });

  function goTo(id) {
    if (!terms[id]) return;
    if (hiddenNodes.has(id)) showAll();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(1.1, network.getScale()),
                        animation: { duration: 500, easingFunction: "easeInOutQuad" } });
    openPanel(id);
  }

  // -- search with typo-tolerant suggestions ----------------------------------
  function norm(s) {
    return String(s).toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, " ").trim();
  }
  var index = [];
  Object.keys(terms).forEach(function (id) {
    var t = terms[id];
    [t.name].concat(t.aliases, t.formerly, [id]).forEach(function (text, i) {
      var n = norm(text);
      if (n) index.push({ id: id, text: text, norm: n, compact: n.replace(/ /g, ""), alias: i > 0 });
    });
  });
  // Optimal string alignment distance of q to t (or to t's best prefix), capped.
  function distance(q, t, limit, prefix) {
    var m = q.length, n = t.length;
    if (!prefix && Math.abs(m - n) > limit) return limit + 1;
    var prev2 = null, prev = new Array(n + 1), row;
    for (var j = 0; j <= n; j++) prev[j] = j;
    for (var i = 1; i <= m; i++) {
      row = new Array(n + 1);
      row[0] = i;
      var best = row[0];
      for (j = 1; j <= n; j++) {
        var cost = q.charCodeAt(i - 1) === t.charCodeAt(j - 1) ? 0 : 1;
        var v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && prev2 && q[i - 1] === t[j - 2] && q[i - 2] === t[j - 1]) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        row[j] = v;
        if (v < best) best = v;
      }
      if (best > limit) return limit + 1;
      prev2 = prev;
      prev = row;
    }
    if (!prefix) return prev[n];
    var min = prev[0];
    for (j = 1; j <= n; j++) if (prev[j] < min) min = prev[j];
    return min;
  }
  function score(q, qc, entry) {
    var t = entry.norm;
    if (t === q || entry.compact === qc) return 100;
    if (t.indexOf(q) === 0 || entry.compact.indexOf(qc) === 0) return 92 - Math.min(10, (t.length - q.length) / 3);
    if ((" " + t).indexOf(" " + q) >= 0) return 84;
    if (entry.compact.indexOf(qc) >= 0) return 76;
    if (qc.length < 3) return 0;
    var limit = qc.length <= 4 ? 1 : qc.length <= 8 ? 2 : 3;
    // a name or alias is preferred to a longer one that merely starts alike
    var penalty = entry.alias ? 2 : 0;
    var whole = distance(qc, entry.compact, limit, false);
    if (whole <= limit) return 72 - 12 * whole - penalty;
    // distance to the best prefix: forgives typos while the name is half typed
    var d = distance(qc, entry.compact.slice(0, qc.length + limit), limit, true);
    return d <= limit ? 70 - 12 * d - penalty : 0;
  }
  function suggest(query) {
    var q = norm(query), qc = q.replace(/ /g, "");
    if (!q) return [];
    var best = {};
    index.forEach(function (entry) {
      var s = score(q, qc, entry);
      if (s > 0 && (!best[entry.id] || s > best[entry.id].score)) best[entry.id] = { id: entry.id, score: s, entry: entry };
    });
    return Object.keys(best).map(function (k) { return best[k]; }).sort(function (a, b) {
      return b.score - a.score || terms[a.id].name.length - terms[b.id].name.length ||
        terms[a.id].name.localeCompare(terms[b.id].name);
    }).slice(0, 8);
  }
  window.glossaryMap.suggest = suggest;
  var input = $("search"), list = $("suggestions");
  var active = -1, shown = [];
  function renderSuggestions() {
    list.replaceChildren();
    shown.forEach(function (s, i) {
      var li = el("li");
      li.id = "suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      li.dataset.term = s.id;
      var dot = el("span", "swatch");
      dot.style.background = (categoryById[terms[s.id].category] || {}).color || "#999";
      li.appendChild(dot);
      li.appendChild(el("span", null, terms[s.id].name));
      if (s.entry.alias && s.entry.text !== terms[s.id].name) li.appendChild(el("span", "alt", s.entry.text));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      list.appendChild(li);
    });
    if (!shown.length && input.value.trim()) list.appendChild(el("li", "alt", "No term matches"));
    list.hidden = !input.value.trim();
    input.setAttribute("aria-expanded", list.hidden ? "false" : "true");
  }
  function choose(i) {
    var s = shown[i];
    if (!s) return;
    input.value = terms[s.id].name;
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    goTo(s.id);
  }
  input.addEventListener("input", function () {
    shown = suggest(input.value);
    active = shown.length ? 0 : -1;
    renderSuggestions();
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!shown.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : shown.length - 1)) % shown.length;
      renderSuggestions();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      choose(active < 0 ? 0 : active);
    } else if (ev.key === "Escape") {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }
  });
  input.addEventListener("blur", function () { list.hidden = true; });

  // -- start ------------------------------------------------------------------
  apply(false);
  if (data.focus && terms[data.focus]) {
    network.selectNodes([data.focus]);
    openPanel(data.focus);
    // fit the map into the space the panel leaves free
    network.fit({ animation: false });
    var panelWidth = $("panel").offsetWidth + 24;
    var scale = network.getScale() * Math.max(0.5, 1 - panelWidth / container.clientWidth);
    var centre = network.getViewPosition();
    network.moveTo({ position: { x: centre.x + panelWidth / 2 / scale, y: centre.y },
                     scale: scale });
  }
})();
