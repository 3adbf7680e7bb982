"""The web page served at `/`: plain HTML + vanilla JS, no build step.

A request box with a quantization and a size selector (the base's native size first); when
Check-in asks a question its options become buttons; a progress bar follows the job's
server-sent events (/v1/jobs/{id}/events, read with fetch so the API key header goes along);
the images appear with the prompt that drew them, and the warnings of the result (e.g. a LoRA
that fits the base only in part); after a select or a "none", "Not this one?" lets the owner pick
the checkpoint they meant from a list of the families (`POST /v1/select` with `meant`: the
request's words are learned as its name) and draws again with it; a history strip keeps this session's images
with their decisions; below, a gallery of the checkpoints with a preview image each
(/v1/checkpoints/{id}/preview.png). It talks to the same public API as any client (so the
browser test exercises the real endpoints).
"""

PAGE_HTML = r"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PersonalQ</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem;
         color: #222; }
  h1 { margin-bottom: 0.2rem; } .sub { color: #666; margin-top: 0; }
  form { display: flex; gap: 0.5rem; margin: 1rem 0 0.4rem; flex-wrap: wrap; }
  #request { flex: 1; min-width: 16rem; font-size: 1.1rem; padding: 0.5rem; }
  select { font-size: 0.95rem; padding: 0.4rem; }
  button { font-size: 1rem; padding: 0.5rem 1rem; cursor: pointer; }
  #native { color: #555; font-size: 0.9rem; }
  #question-box { background: #f3f6ff; border: 1px solid #c8d3f5; padding: 1rem; margin: 1rem 0; }
  .option { margin: 0.3rem 0.5rem 0.3rem 0; text-align: left; }
  .option small { display: block; color: #555; font-size: 0.8rem; }
  #error { color: #a00; white-space: pre-wrap; }
  #warnings { color: #8a5a00; white-space: pre-wrap; font-size: 0.9rem; }
  #progress-box { margin: 0.6rem 0; color: #555; min-height: 1.4rem; }
  #progress { width: 16rem; vertical-align: middle; }
  #images figure { display: inline-block; margin: 0.5rem; }
  #images img { width: 256px; height: 256px; image-rendering: pixelated; border: 1px solid #ccc; }
  #history { display: flex; gap: 0.5rem; overflow-x: auto; padding: 0.3rem 0; min-height: 1rem; }
  .entry { flex: 0 0 8.5rem; font-size: 0.72rem; color: #444; border: 1px solid #e3e3e3;
           border-radius: 4px; padding: 0.25rem; }
  .entry img { width: 8rem; height: 8rem; image-rendering: pixelated; display: block; }
  #gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); gap: 0.6rem; }
  .card { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem; font-size: 0.9rem; }
  .card img.preview { width: 100%; aspect-ratio: 1; image-rendering: pixelated; background: #f2f2f2;
                      display: block; margin-bottom: 0.3rem; }
  .card code { background: #f4f4f4; }
  .kind { font-size: 0.75rem; padding: 0 0.4rem; border-radius: 8px; background: #eee; }
  .kind.style { background: #fde8d0; } .kind.subject { background: #d8f0dc; }
  details { margin: 0.5rem 0; color: #555; }
  #correct-box { margin: 0.4rem 0; font-size: 0.9rem; } #learned { color: #2a6a2a; }
</style>
</head>
<body>
<h1>PersonalQ</h1>
<p class="sub">Ask for an image in your own words; PersonalQ picks the personalized checkpoint.</p>
<details><summary>API key</summary>
  <input id="apikey" type="password" placeholder="only if the server needs one" size="40">
</details>
<form id="ask">
  <input id="request" name="request" autocomplete="off" maxlength="1000"
         placeholder="e.g. my teddy bear on the beach" required>
  <select id="quant" title="quantization"></select>
  <select id="size" title="image size"></select>
  <button id="submit" type="submit">Draw</button>
</form>
<div id="native"></div>
<div id="progress-box" hidden><span id="status"></span> <progress id="progress" max="1" value="0"></progress></div>
<div id="error" role="alert"></div>
<div id="question-box" hidden>
  <div id="question"></div>
  <div id="options"></div>
</div>
<div id="result">
  <div id="used"></div>
  <div id="warnings" role="status"></div>
  <div id="images"></div>
  <div id="correct-box" hidden>
    <button id="not-this" type="button">Not this one?</button>
    <span id="meant-box" hidden>I meant <select id="meant"></select>
      <button id="use-meant" type="button">Use this one</button></span>
  </div>
  <div id="learned" role="status"></div>
</div>
<h2>This session</h2>
<div id="history"></div>
<h2>Checkpoints</h2>
<div id="gallery"></div>

<script>
const $ = (id) => document.getElementById(id);
const keyInput = $("apikey");
keyInput.value = localStorage.getItem("personalq-key") || "";
keyInput.addEventListener("change", () => { localStorage.setItem("personalq-key", keyInput.value); loadGallery(); });
window.pqProgress = [];  // every progress value the event stream delivered (the browser test reads it)

function authHeaders() {
  const h = {"Content-Type": "application/json"};
  if (keyInput.value) h["Authorization"] = "Bearer " + keyInput.value;
  return h;
}

async function api(method, path, body) {
  const res = await fetch(path, {method, headers: authHeaders(), body: body ? JSON.stringify(body) : undefined});
  const data = await res.json().catch(() => ({error: {message: "bad response " + res.status}}));
  if (!res.ok) {
    const e = data.error || {};
    throw new Error((e.message || res.statusText) + (e.hint ? "\nhint: " + e.hint : ""));
  }
  return data;
}

function setProgress(text, fraction) {
  $("progress-box").hidden = !text;
  $("status").textContent = text || "";
  if (fraction !== undefined) $("progress").value = fraction;
}

async function draw(body, asked) {
  $("error").textContent = ""; $("warnings").textContent = "";
  $("question-box").hidden = true; $("correct-box").hidden = true;
  setProgress("choosing a checkpoint…", 0);
  const quant = $("quant").value, size = $("size").value;
  if (quant) body.quantization = quant;
  if (size) body.size = size;
  try {
    const res = await api("POST", "/v1/images/generations", {...body, background: true});
    if (res.clarification) { ask(body.prompt, res.clarification); setProgress(""); return; }
    const job = await follow(res.id);
    show(job, decisionText(res.personalq, asked, job.result));
    offerCorrection(body.prompt, res.personalq);
  } catch (err) {
    $("error").textContent = err.message; setProgress("");
  }
}

async function follow(jobId) {
  // The job's server-sent events, read as a stream (EventSource cannot send the API key).
  const res = await fetch("/v1/jobs/" + jobId + "/events", {headers: authHeaders()});
  const reader = res.body.getReader(), decoder = new TextDecoder();
  let buffer = "";
  while (true) {
    const {value, done} = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, {stream: true});
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const line = buffer.slice(0, cut).split("\n").find((l) => l.startsWith("data: "));
      buffer = buffer.slice(cut + 2);
      if (!line) continue;
      const ev = JSON.parse(line.slice(6));
      window.pqProgress.push(ev.progress);
      setProgress(ev.message || ev.status, ev.progress);
    }
  }
  const job = await api("GET", "/v1/jobs/" + jobId);
  if (job.status !== "succeeded") throw new Error((job.error && job.error.message) || job.status);
  setProgress("");
  return job;
}

function ask(prompt, clarification) {
  $("question").textContent = clarification.question;
  const box = $("options"); box.innerHTML = "";
  for (const option of clarification.options) {
    const b = document.createElement("button");
    b.className = "option"; b.dataset.id = option.id;
    b.textContent = option.name || option.id;
    const small = document.createElement("small");
    small.textContent = [option.kind, option.created_at, option.description].filter(Boolean).join(" · ");
    b.append(small);
    b.addEventListener("click", () => draw({prompt, conversation_id: clarification.conversation_id,
                                            answer: option.id},
                                           {question: clarification.question, picked: option.id}));
    box.append(b);
  }
  $("question-box").hidden = false;
}

function offerCorrection(prompt, info) {
  // Only Check-in's own select or "none" can be corrected (not a checkpoint the owner named).
  const box = $("correct-box");
  box.hidden = !(info && info.decision && (info.action === "select" || info.action === "none"));
  $("meant-box").hidden = true;
  box.dataset.prompt = prompt;
  const families = new Map();  // family -> its newest card
  for (const c of window.pqCards || []) {
    const seen = families.get(c.family);
    if (!seen || c.version > seen.version) families.set(c.family, c);
  }
  const chosen = new Set(info && info.checkpoints || []);
  const list = $("meant"); list.innerHTML = "";
  for (const [family, c] of families) {
    if (!chosen.has(c.id)) list.append(new Option(c.name + " (" + family + ")", c.id));
  }
}

async function correct() {
  const prompt = $("correct-box").dataset.prompt, meant = $("meant").value;
  try {
    const res = await api("POST", "/v1/select", {request: prompt, meant});
    $("learned").textContent = res.learned ? "learned: “" + res.learned + "” now names " + res.meant
      : "nothing learned (no word of the request points at " + res.meant + " alone)";
    const family = (id) => ((window.pqCards || []).find((c) => c.id === id) || {}).family;
    const landed = res.action === "select" && res.checkpoints.some((id) => family(id) === family(meant));
    await draw({prompt, checkpoint: (landed ? res.checkpoints : [meant]).join("+")},
               {corrected: true, picked: meant});
  } catch (err) { $("error").textContent = err.message; }
}

function decisionText(info, asked, result) {
  const used = result.checkpoints.length ? result.checkpoints.join(" + ") : "the base";
  if (asked && asked.corrected) return "corrected → " + asked.picked;
  if (asked) return "asked “" + asked.question + "” → " + asked.picked;
  if (!info || info.action === "select") return (info && info.decision ? "selected " : "chose ") + used;
  return info.action === "none" ? "no checkpoint fits: the base" : info.action + " " + used;
}

function show(job, decision) {
  const r = job.result;
  $("used").textContent = (r.checkpoints.length ? "checkpoint " + r.checkpoints.join(" + ") : "base model")
    + " · " + r.quantization + " · seed " + r.seed + " · " + Math.round(r.timings.generate_ms) + " ms";
  // what could not be honoured, e.g. a LoRA whose keys fit the base only in part
  $("warnings").textContent = (r.warnings || []).map((w) => "warning: " + w).join("\n");
  const box = $("images"); box.innerHTML = "";
  for (const b64 of r.images) {
    const fig = document.createElement("figure");
    const img = document.createElement("img");
    img.src = "data:image/png;base64," + b64; img.alt = r.prompt;
    const cap = document.createElement("figcaption"); cap.textContent = r.prompt;
    fig.append(img, cap); box.append(fig);
    remember({image: b64, decision, prompt: r.prompt, quantization: r.quantization});
  }
}

function remember(item) {
  const items = JSON.parse(sessionStorage.getItem("personalq-history") || "[]");
  items.unshift(item);
  sessionStorage.setItem("personalq-history", JSON.stringify(items.slice(0, 24)));
  renderHistory();
}

function renderHistory() {
  const strip = $("history"); strip.innerHTML = "";
  for (const item of JSON.parse(sessionStorage.getItem("personalq-history") || "[]")) {
    const d = document.createElement("div"); d.className = "entry";
    const img = document.createElement("img"); img.src = "data:image/png;base64," + item.image;
    img.alt = item.prompt; img.title = item.prompt;
    const what = document.createElement("div"); what.className = "decision"; what.textContent = item.decision;
    const q = document.createElement("div"); q.textContent = item.quantization;
    d.append(img, what, q); strip.append(d);
  }
}

function fillSelectors(list) {
  const sizes = list.sizes;
  $("native").textContent = "The base draws " + sizes.native + " natively; also "
    + sizes.square.filter((s) => s !== sizes.native).join(", ") + " and W×H from those sides up to "
    + sizes.max_cost + "× the native cost.";
  if (!$("size").options.length) {
    for (const s of [sizes.native, ...sizes.square.filter((x) => x !== sizes.native)]) {
      $("size").append(new Option(s === sizes.native ? s + " (native)" : s, s));
    }
  }
  if (!$("quant").options.length) {
    const saved = (list.quantized || []).map((q) => q.spec).filter(Boolean);
    const choices = [["", "quantization: server default"], ["none", "full precision"]]
      .concat([...new Set([...saved, "taq-w8a8", "taq-w8a4", "naive-w8a8"])].map((q) => [q, q + (saved.includes(q) ? " (saved)" : "")]));
    for (const [value, label] of choices) $("quant").append(new Option(label, value));
  }
}

async function loadPreview(img, id) {
  try {
    const res = await fetch("/v1/checkpoints/" + encodeURIComponent(id) + "/preview.png", {headers: authHeaders()});
    if (!res.ok) return;
    img.src = URL.createObjectURL(await res.blob());
    img.dataset.source = res.headers.get("X-PersonalQ-Preview") || "";
  } catch (err) { /* the card stays without a picture */ }
}

async function loadGallery() {
  try {
    const list = await api("GET", "/v1/checkpoints");
    window.pqCards = list.data;  // the families the "not this one" list offers
    fillSelectors(list);
    const g = $("gallery"); g.innerHTML = "";
    const previews = [];
    for (const c of list.data) {
      const d = document.createElement("div"); d.className = "card"; d.dataset.id = c.id;
      const img = document.createElement("img"); img.className = "preview"; img.alt = c.name;
      const title = document.createElement("b"); title.textContent = c.name + " ";
      const kind = document.createElement("span"); kind.className = "kind " + c.kind; kind.textContent = c.kind;
      const trig = document.createElement("div"); const code = document.createElement("code");
      code.textContent = c.trigger; trig.append(code);
      const meta = document.createElement("div");
      meta.textContent = "v" + c.version + (c.format ? " · " + c.format : "") + (c.registered ? " · uploaded" : "")
        + (c.quantized && c.quantized.length ? " · saved " + c.quantized.join(", ") : "");
      d.append(img, title, kind, trig, meta); g.append(d);
      if (c.has_weights) previews.push([img, c.id]);
    }
    for (const [img, id] of previews) await loadPreview(img, id);  // one at a time: drawn once each
  } catch (err) { $("gallery").textContent = err.message; }
}

$("ask").addEventListener("submit", (ev) => { ev.preventDefault(); $("learned").textContent = ""; draw({prompt: $("request").value}); });
$("not-this").addEventListener("click", () => { $("meant-box").hidden = false; });
$("use-meant").addEventListener("click", correct);
renderHistory();
loadGallery();
</script>
</body>
</html>
"""
