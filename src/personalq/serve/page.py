"""The web page served at `/`: plain HTML + vanilla JS, no build step.

A request box; when Check-in asks a question its options become buttons; the images appear
with the prompt that drew them; below, a gallery of the repository's checkpoints. It talks to
the same public API as any client (so the browser test exercises the real endpoints).
"""

PAGE_HTML = r"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PersonalQ</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
         color: #222; }
  h1 { margin-bottom: 0.2rem; } .sub { color: #666; margin-top: 0; }
  form { display: flex; gap: 0.5rem; margin: 1rem 0; }
  #request { flex: 1; font-size: 1.1rem; padding: 0.5rem; }
  button { font-size: 1rem; padding: 0.5rem 1rem; cursor: pointer; }
  #question-box { background: #f3f6ff; border: 1px solid #c8d3f5; padding: 1rem; margin: 1rem 0; }
  .option { margin: 0.3rem 0.5rem 0.3rem 0; }
  .option small { display: block; color: #555; font-size: 0.8rem; }
  #error { color: #a00; white-space: pre-wrap; }
  #status { color: #555; }
  progress { width: 12rem; }
  #images figure { display: inline-block; margin: 0.5rem; }
  #images img { width: 256px; height: 256px; image-rendering: pixelated; border: 1px solid #ccc; }
  #gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.6rem; }
  .card { border: 1px solid #ddd; border-radius: 6px; padding: 0.6rem; }
  .card code { background: #f4f4f4; }
  .kind { font-size: 0.75rem; padding: 0 0.4rem; border-radius: 8px; background: #eee; }
  .kind.style { background: #fde8d0; } .kind.subject { background: #d8f0dc; }
  details { margin: 0.5rem 0; color: #555; }
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
  <button id="submit" type="submit">Draw</button>
</form>
<div id="status"></div>
<div id="error" role="alert"></div>
<div id="question-box" hidden>
  <div id="question"></div>
  <div id="options"></div>
</div>
<div id="result">
  <div id="used"></div>
  <div id="images"></div>
</div>
<h2>Checkpoints</h2>
<div id="gallery"></div>

<script>
const $ = (id) => document.getElementById(id);
const keyInput = $("apikey");
keyInput.value = localStorage.getItem("personalq-key") || "";
keyInput.addEventListener("change", () => { localStorage.setItem("personalq-key", keyInput.value); loadGallery(); });

async function api(method, path, body) {
  const headers = {"Content-Type": "application/json"};
  if (keyInput.value) headers["Authorization"] = "Bearer " + keyInput.value;
  const res = await fetch(path, {method, headers, body: body ? JSON.stringify(body) : undefined});
  const data = await res.json().catch(() => ({error: {message: "bad response " + res.status}}));
  if (!res.ok) {
    const e = data.error || {};
    throw new Error((e.message || res.statusText) + (e.hint ? "\nhint: " + e.hint : ""));
  }
  return data;
}

function setStatus(text, fraction) {
  $("status").innerHTML = "";
  if (!text) return;
  $("status").append(text + " ");
  if (fraction !== undefined) {
    const bar = document.createElement("progress");
    bar.max = 1; bar.value = fraction; $("status").append(bar);
  }
}

async function draw(body) {
  $("error").textContent = "";
  $("question-box").hidden = true;
  setStatus("choosing a checkpoint…");
  try {
    const res = await api("POST", "/v1/images/generations", {...body, background: true});
    if (res.clarification) { ask(body.prompt, res.clarification); setStatus(""); return; }
    const job = await follow(res.id);
    show(job);
  } catch (err) {
    $("error").textContent = err.message; setStatus("");
  }
}

async function follow(jobId) {
  while (true) {
    const job = await api("GET", "/v1/jobs/" + jobId);
    if (job.status === "succeeded") { setStatus(""); return job; }
    if (["failed", "cancelled", "timed_out"].includes(job.status)) {
      throw new Error((job.error && job.error.message) || job.status);
    }
    setStatus(job.status === "queued" ? "waiting in the queue…" : "drawing…", job.progress);
    await new Promise((r) => setTimeout(r, 250));
  }
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
                                            answer: option.id}));
    box.append(b);
  }
  $("question-box").hidden = false;
}

function show(job) {
  const r = job.result;
  $("used").textContent = (r.checkpoints.length ? "checkpoint " + r.checkpoints.join(" + ") : "base model")
    + " · seed " + r.seed + " · " + Math.round(r.timings.generate_ms) + " ms";
  const box = $("images"); box.innerHTML = "";
  for (const b64 of r.images) {
    const fig = document.createElement("figure");
    const img = document.createElement("img");
    img.src = "data:image/png;base64," + b64; img.alt = r.prompt;
    const cap = document.createElement("figcaption"); cap.textContent = r.prompt;
    fig.append(img, cap); box.append(fig);
  }
}

async function loadGallery() {
  try {
    const list = await api("GET", "/v1/checkpoints");
    const g = $("gallery"); g.innerHTML = "";
    for (const c of list.data) {
      const d = document.createElement("div"); d.className = "card"; d.dataset.id = c.id;
      const title = document.createElement("b"); title.textContent = c.name + " ";
      const kind = document.createElement("span"); kind.className = "kind " + c.kind; kind.textContent = c.kind;
      const trig = document.createElement("div"); const code = document.createElement("code");
      code.textContent = c.trigger; trig.append(code);
      const meta = document.createElement("div");
      meta.textContent = "v" + c.version + (c.format ? " · " + c.format : "") + (c.registered ? " · uploaded" : "")
        + (c.quantized && c.quantized.length ? " · saved " + c.quantized.join(", ") : "");
      d.append(title, kind, trig, meta); g.append(d);
    }
  } catch (err) { $("gallery").textContent = err.message; }
}

$("ask").addEventListener("submit", (ev) => { ev.preventDefault(); draw({prompt: $("request").value}); });
loadGallery();
</script>
</body>
</html>
"""
