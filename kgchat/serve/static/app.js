// kgchat's chat page. The conversation lives here (the server keeps none): each question posts
// the whole list as OpenAI `messages` to /v1/chat/completions with stream: true, reads the SSE
// stream, shows the text as it comes, then draws the last chunk's `kgchat` field: the cited
// facts as numbered cards and the evidence subgraph (laid out on the server) as SVG.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const W = 480, H = 320;  // as kgchat.evidence.evidence_svg
const ROLE_NAMES = { topic: "asked about", path: "on the path", answer: "answer", other: "other fact" };

const state = { messages: [], turns: 0, controller: null, key: sessionStorage.getItem("kgchat-key") };
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function svgEl(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

// The reply's text with each [n] made a link to fact card n (hover or focus highlights it).
function renderText(target, text, turn) {
  target.replaceChildren();
  const parts = text.split(/(\[\d+\])/);
  for (const part of parts) {
    const m = /^\[(\d+)\]$/.exec(part);
    if (!m) { target.append(part); continue; }
    const a = el("a", { class: "cite", href: `#fact-${turn}-${m[1]}`, "data-n": m[1],
                        "aria-label": `fact ${m[1]}` }, part);
    target.append(a);
  }
}

function highlight(turnNode, n, on) {
  const card = turnNode.querySelector(`.fact[data-n="${n}"]`);
  if (!card) return;
  card.classList.toggle("lit", on);
  const edge = turnNode.querySelector(`.edge[data-fact="${CSS.escape(card.dataset.fact)}"]`);
  if (edge) edge.classList.toggle("lit", on);
}

function wireCitations(turnNode) {
  for (const a of turnNode.querySelectorAll(".cite")) {
    const n = a.dataset.n;
    for (const [ev, on] of [["mouseenter", true], ["mouseleave", false], ["focus", true], ["blur", false]]) {
      a.addEventListener(ev, () => highlight(turnNode, n, on));
    }
  }
}

function factCards(facts, turn) {
  const list = el("ol", { class: "facts", "aria-label": "Cited facts" });
  for (const f of facts) {
    const li = el("li", { class: "fact", id: `fact-${turn}-${f.n}`, "data-n": f.n, "data-fact": f.id });
    li.append(el("span", { class: "n" }, `[${f.n}]`), el("span", { class: "text" }, f.text));
    // the file's name; its whole path on hover
    if (f.source) li.append(el("span", { class: "source", title: f.source }, f.source.split(/[\\/]/).pop()));
    list.append(li);
  }
  return list;
}

// As kgchat.evidence: a label on at most two lines, cut at the space nearest the middle.
function short(label, n = 28) { return label.length > n ? label.slice(0, n - 1) + "…" : label; }
function lines(label, width = 20) {
  if (label.length <= width) return [label];
  let cut = -1;
  for (let i = 0; i < label.length; i++) {
    if (label[i] === " " && (cut < 0 || Math.abs(i - label.length / 2) < Math.abs(cut - label.length / 2))) cut = i;
  }
  if (cut < 0) return [short(label, width)];
  return [short(label.slice(0, cut), width), short(label.slice(cut + 1), width)];
}

// Draws the payload of kgchat.evidence.evidence_payload: positions are in [0, 1]², y downwards.
function evidenceSvg(ev, turn) {
  const at = new Map(ev.nodes.map((n) => [n.id, [n.x * W, n.y * H]]));
  const answer = ev.nodes.find((n) => n.role === "answer");
  const topic = ev.nodes.find((n) => n.role === "topic");
  const desc = `Evidence subgraph: ${ev.nodes.length} entities, ${ev.edges.length} facts` +
    (topic ? `, from ${topic.label}` : "") + (answer ? ` to the answer ${answer.label}` : "");
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": desc });
  const marker = `arrow-${turn}`;
  const defs = svgEl("defs");
  const m = svgEl("marker", { id: marker, viewBox: "0 0 10 10", refX: 10, refY: 5,
                              markerWidth: 7, markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" });
  m.append(svgEl("path", { d: "M0,0L10,5L0,10z", fill: "#6b7280" }));
  defs.append(m);
  svg.append(defs);
  for (const e of ev.edges) {
    const [x1, y1] = at.get(e.source), [tx, ty] = at.get(e.target);
    const d = Math.hypot(tx - x1, ty - y1) || 1, cut = Math.min(11, d);
    const x2 = tx - (tx - x1) * cut / d, y2 = ty - (ty - y1) * cut / d;
    const g = svgEl("g", { class: e.on_path ? "edge on-path" : "edge", "data-fact": e.fact || "" });
    g.append(svgEl("title", {}, e.n ? `[${e.n}] ${e.label}` : e.label));
    g.append(svgEl("line", { x1: x1.toFixed(1), y1: y1.toFixed(1), x2: x2.toFixed(1), y2: y2.toFixed(1),
                             "marker-end": `url(#${marker})` }));
    if (e.on_path) {  // the walked path's relations are written, cut to their line's length
      const fits = Math.max(4, Math.floor(0.7 * Math.hypot(x2 - x1, y2 - y1) / 6));  // ends left clear
      g.append(svgEl("text", { x: ((x1 + x2) / 2).toFixed(1), y: ((y1 + y2) / 2 - 5).toFixed(1),
                               "text-anchor": "middle" }, short(e.label, fits)));
    }
    svg.append(g);
  }
  for (const n of ev.nodes) {
    const [x, y] = at.get(n.id), r = n.role === "other" ? 7 : 10;
    const g = svgEl("g", { class: `node ${n.role}`, "data-id": n.id });
    g.append(svgEl("title", {}, `${n.label} (${ROLE_NAMES[n.role] || n.role})`));
    g.append(svgEl("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r }));
    // labels near a side grow inwards, so they stay inside the picture
    const anchor = n.x < 0.2 ? "start" : n.x > 0.8 ? "end" : "middle";
    // below the node, but above a hop of the path (below, it would meet the answer's label)
    const rows = lines(n.label);
    const top = n.role === "path" ? y - r - 4 - 13 * rows.length : y + r + 1;
    const label = svgEl("text", { y: top.toFixed(1), "text-anchor": anchor });
    for (const line of rows) label.append(svgEl("tspan", { x: x.toFixed(1), dy: "1.1em" }, line));
    g.append(label);
    svg.append(g);
  }
  const fig = el("figure", { class: "graph" });
  const cap = el("figcaption");
  for (const role of ["topic", "path", "answer"]) {
    cap.append(el("span", { class: `key ${role}`, "aria-hidden": "true" }), ROLE_NAMES[role]);
  }
  fig.append(svg, cap);
  return fig;
}

function finish(turnNode, question, field, turn) {
  const body = turnNode.querySelector(".body");
  const badges = el("div", { class: "badges" });
  if (field.abstained) {
    badges.append(el("span", { class: "badge abstained", role: "status" }, "abstained: the graph does not answer this"));
  } else {
    badges.append(el("span", { class: "badge" }, `confidence ${Number(field.confidence).toFixed(2)}`));
  }
  if (field.resolved_question && field.resolved_question !== question) {
    badges.append(el("span", { class: "badge" }, `asked as: ${field.resolved_question}`));
  }
  body.append(badges);
  if (field.facts && field.facts.length) body.append(factCards(field.facts, turn));
  const ev = field.evidence;
  // a graph of facts; an abstention's lone topic is named in the reply already
  if (ev && ev.edges && ev.edges.length) turnNode.append(evidenceSvg(ev, turn));
  else turnNode.classList.add("no-graph");
  if (field.abstained) turnNode.classList.add("abstained");
  wireCitations(turnNode);
}

async function errorText(resp) {
  try {
    const body = await resp.json();
    if (body && body.error && body.error.message) return body.error.message;
  } catch (_) { /* not JSON */ }
  return `the server answered ${resp.status} ${resp.statusText}`;
}

function showError(turnNode, message) {
  turnNode.classList.add("error", "no-graph");
  turnNode.classList.remove("streaming");
  const p = turnNode.querySelector(".reply");
  p.textContent = message;
  p.setAttribute("role", "alert");
}

async function ask(question) {
  const turn = ++state.turns;
  const log = $("log");
  log.append(el("div", { class: "turn user" }, question));
  state.messages.push({ role: "user", content: question });
  const turnNode = el("article", { class: "turn assistant streaming", "aria-busy": "true", "data-turn": turn });
  const body = el("div", { class: "body" });
  const textNode = el("p", { class: "reply" });
  body.append(textNode);
  turnNode.append(body);
  log.append(turnNode);
  turnNode.scrollIntoView({ block: "end" });

  const headers = { "Content-Type": "application/json" };
  if (state.key) headers.Authorization = `Bearer ${state.key}`;
  state.controller = new AbortController();
  let text = "", field = null;
  try {
    const resp = await fetch("v1/chat/completions", {
      method: "POST", headers, signal: state.controller.signal,
      body: JSON.stringify({ model: document.body.dataset.model, messages: state.messages, stream: true }),
    });
    if (!resp.ok) {
      if (resp.status === 401) $("keyform").hidden = false;
      throw new Error(await errorText(resp));
    }
    const reader = resp.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "", done = false;
    while (!done) {
      const chunk = await reader.read();
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const event = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        for (const line of event.split("\n")) {
          if (!line.startsWith("data:")) continue;
          const data = line.slice(5).trim();
          if (data === "[DONE]") { done = true; break; }
          const obj = JSON.parse(data);
          if (obj.error) throw new Error(obj.error.message || "the stream failed");
          const delta = obj.choices && obj.choices[0] && obj.choices[0].delta;
          if (delta && delta.content) {
            text += delta.content;
            renderText(textNode, text, turn);
          }
          if (obj.kgchat) field = obj.kgchat;
        }
      }
    }
    turnNode.classList.remove("streaming");
    renderText(textNode, text, turn);
    state.messages.push({ role: "assistant", content: text });
    if (field) finish(turnNode, question, field, turn);
  } catch (err) {
    state.messages.pop();  // the question got no answer: it is not part of the conversation
    showError(turnNode, err.name === "AbortError" ? "stopped" : `Error: ${err.message}`);
  } finally {
    turnNode.removeAttribute("aria-busy");
    turnNode.dataset.done = "true";
    state.controller = null;
    turnNode.scrollIntoView({ block: "end" });
  }
}

function reset() {
  if (state.controller) state.controller.abort();
  state.messages = [];
  $("log").replaceChildren();
  $("hint").hidden = false;
  $("question").focus();
}

document.addEventListener("DOMContentLoaded", () => {
  $("ask").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = $("question"), send = $("send");
    const question = input.value.trim();
    if (!question || state.controller) return;
    input.value = "";
    $("hint").hidden = true;
    send.disabled = true;
    try { await ask(question); } finally { send.disabled = false; input.focus(); }
  });
  $("reset").addEventListener("click", reset);
  $("keyform").addEventListener("submit", (event) => {
    event.preventDefault();
    state.key = $("apikey").value.trim();
    sessionStorage.setItem("kgchat-key", state.key);
    $("keyform").hidden = true;
    $("question").focus();
  });
  $("question").focus();
});
