// The visual timeline above the event list: an SVG axis over the filtered date range.
// Few events: one mark each, coloured by PLOVER type, hover for date and summary, click to open.
// Many events: one bar per year, month or day from /api/timeline, so 100 000 events draw as a
// dozen rectangles. Clicking a band narrows from/to to it (the page reloads, list and all).
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const MARKS_MAX = 500; // above this many dated events, draw buckets instead of marks
const HEIGHT = 170, AXIS = 26, PAD = 8, RADIUS = 6;

function svgNode(name, attrs, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

function titled(node, text) {
  svgNode("title", {}, node).textContent = text;
  return node;
}

// The page's filter as query parameters, without paging, blank form fields or (for zoom links) dates.
function filterParams(keepDates) {
  const params = new URLSearchParams(location.search);
  for (const key of keepDates ? ["offset"] : ["offset", "from", "to"]) params.delete(key);
  for (const [key, value] of [...params]) if (!value.trim()) params.delete(key, value);
  return params;
}

function zoomUrl(key) {
  const params = filterParams();
  if (key) { params.set("from", key); params.set("to", key); }
  const query = params.toString();
  return "/" + (query ? "?" + query : "");
}

// [start, end) of an ISO prefix ("2024", "2024-03", "2024-03-05") in ms since the epoch.
function period(iso) {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  if (!m) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (!d) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

function drawBands(svg, chart, scale, width, heights) {
  const step = Math.max(1, Math.ceil(chart.bars.length / (width / 56)));
  chart.bars.forEach((bar, i) => {
    const [a, b] = period(bar.key);
    const x0 = scale(a), x1 = scale(b);
    const link = svgNode("a", { href: zoomUrl(bar.key), class: "band" + (i % 2 ? " odd" : "") }, svg);
    titled(link, `${bar.label}: ${bar.count} event${bar.count === 1 ? "" : "s"} — click to zoom in`);
    svgNode("rect", { x: x0, y: 0, width: Math.max(1, x1 - x0), height: HEIGHT - AXIS, class: "band-bg" }, link);
    if (heights) {
      const h = Math.round(bar.share * (HEIGHT - AXIS - PAD * 2));
      svgNode("rect", { x: x0 + 1, y: HEIGHT - AXIS - h, width: Math.max(1, x1 - x0 - 2), height: h, class: "bucket" }, link);
    }
    if (i % step === 0) {
      const label = svgNode("text", { x: x0 + 3, y: HEIGHT - 8, class: "tick" }, link);
      label.textContent = bar.label;
    }
  });
  svgNode("line", { x1: 0, x2: width, y1: HEIGHT - AXIS, y2: HEIGHT - AXIS, class: "axis" }, svg);
}

// Marks in lanes so that close dates stack instead of hiding each other.
function drawMarks(svg, events, scale) {
  const lanes = [], maxLanes = Math.floor((HEIGHT - AXIS - PAD) / (RADIUS * 2 + 3));
  for (const event of events) {
    const [a] = period(event.date);
    const b = period(event.date_end || event.date)[1];
    const x0 = scale(a), x1 = scale(b), x = event.date.length >= 10 && !event.date_end ? (x0 + x1) / 2 : x0;
    let lane = lanes.findIndex((last) => last < x - RADIUS * 2);
    if (lane < 0) lane = lanes.length < maxLanes ? lanes.length : lanes.length - 1;
    lanes[lane] = Math.max(x1, x + RADIUS);
    const y = HEIGHT - AXIS - PAD - RADIUS - lane * (RADIUS * 2 + 3);
    const type = "type-" + event.type.toLowerCase();
    const link = svgNode("a", { href: "/events/" + encodeURIComponent(event.id), class: "mark " + type }, svg);
    const when = event.date + (event.date_end && event.date_end !== event.date ? " – " + event.date_end : "");
    titled(link, `${when} · ${event.type}${event.mode ? " (" + event.mode + ")" : ""}\n${event.summary || ""}`);
    if (x1 - x0 > RADIUS * 2) svgNode("rect", { x: x0, y: y - 2, width: x1 - x0, height: 4, rx: 2, class: "span" }, link);
    svgNode("circle", { cx: x, cy: y, r: RADIUS }, link);
  }
}

function legend(box, events) {
  const counts = new Map();
  for (const event of events) counts.set(event.type, (counts.get(event.type) || 0) + 1);
  box.replaceChildren(...[...counts].sort((p, q) => q[1] - p[1]).map(([type, n]) => {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch type-" + type.toLowerCase();
    item.append(swatch, `${type} ${n}`);
    return item;
  }));
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(url + ": " + response.status);
  return response.json();
}

async function drawTimeline(figure) {
  const params = filterParams(true);
  const chart = await getJson("/api/timeline?" + params);
  const dated = chart.bars.reduce((sum, bar) => sum + bar.count, 0);
  const width = figure.querySelector(".tl-plot").clientWidth || 800;
  const svg = svgNode("svg", { viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: "img",
    "aria-label": `timeline of ${dated} dated events per ${chart.unit}` });
  if (chart.bars.length) {
    const start = period(chart.bars[0].key)[0], end = period(chart.bars[chart.bars.length - 1].key)[1];
    const scale = (t) => ((t - start) / (end - start)) * width;
    const marks = dated <= MARKS_MAX;
    drawBands(svg, chart, scale, width, !marks);
    if (marks) {
      params.set("limit", String(MARKS_MAX));
      const page = await getJson("/api/events?" + params);
      const events = page.items.filter((e) => e.date && /^\d{4}/.test(e.date));
      drawMarks(svg, events, scale);
      legend(figure.querySelector(".tl-legend"), events);
    } else {
      figure.querySelector(".tl-legend").innerHTML = "<li>Bars: events per " + chart.unit + ". Zoom in to see each event.</li>";
    }
  }
  figure.querySelector(".tl-plot").replaceChildren(svg);
  const zoomOut = figure.querySelector(".tl-zoom-out");
  if (chart.zoom_out !== null) { zoomOut.href = zoomUrl(chart.zoom_out); zoomOut.hidden = false; }
  figure.querySelector(".tl-unit").textContent = `${dated} dated event${dated === 1 ? "" : "s"} per ${chart.unit}`;
  figure.classList.add("drawn");
  if (!chart.bars.length) figure.hidden = true;
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("figure.tl").forEach((figure) => drawTimeline(figure).catch((error) => console.error(error)));
});
