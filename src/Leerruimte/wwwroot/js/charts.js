// Draws every chart of the DataChart component (Components/Charts/DataChart.razor, docs/charts.md) with chart.js. The
// numbers come from the element's data-chart attribute, the same ones as in the table beside it; nothing is inline,
// so the Content-Security-Policy holds (docs/decisions/0010). chart.js itself (wwwroot/lib/chartjs, bundled from npm)
// is loaded only on a page that has a chart. A chart that arrives later (enhanced navigation, a live screen) or whose
// data changes is drawn again. Without this script the table alone is shown.

// Dark enough for 3:1 against white (WCAG 1.4.11), and each line has its own point shape, so colour is never the only cue.
const lines = [
  { color: "#1d4f91", point: "circle" },
  { color: "#a4410e", point: "rect" },
  { color: "#2e6b30", point: "triangle" },
  { color: "#6a1b9a", point: "rectRot" },
];
const targetColor = "#333333";
const drawn = new WeakMap();
let library;

function loadLibrary(src) {
  library ??= new Promise((resolve, reject) => {
    if (globalThis.Chart) return resolve(globalThis.Chart);
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve(globalThis.Chart);
    script.onerror = reject;
    document.head.append(script);
  });
  return library;
}

const withUnit = (value, unit, locale) =>
  value.toLocaleString(locale, { maximumFractionDigits: 2 }) + (unit === "%" || !unit ? unit ?? "" : ` ${unit}`);

function config(data, locale) {
  const datasets = data.series.map((s, i) => {
    const line = lines[i % lines.length];
    return {
      label: s.name, data: s.values, unit: s.unit, spanGaps: true,
      borderColor: line.color, backgroundColor: line.color, pointStyle: line.point, pointRadius: 5, pointHoverRadius: 7, borderWidth: 3,
    };
  });
  if (data.target) {
    datasets.push({
      label: `${data.target.name}: ${withUnit(data.target.value, data.target.unit, locale)}`, unit: data.target.unit,
      data: data.labels.map(() => data.target.value),
      borderColor: targetColor, backgroundColor: targetColor, borderDash: [10, 6], borderWidth: 2, pointRadius: 0, pointHitRadius: 0, pointStyle: "line",
    });
  }
  const unit = data.series[0]?.unit ?? "";
  return {
    type: "line",
    data: { labels: data.labels, datasets },
    options: {
      locale, animation: false, responsive: true, maintainAspectRatio: false,
      plugins: {
        legend: { labels: { usePointStyle: true, color: "#1a1a1a" } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${withUnit(c.parsed.y, c.dataset.unit, locale)}` } },
      },
      scales: {
        x: { ticks: { color: "#1a1a1a" } },
        y: { ticks: { color: "#1a1a1a" }, title: { display: unit !== "", text: unit, color: "#1a1a1a" } },
      },
    },
  };
}

function draw(element) {
  const json = element.dataset.chart;
  if (drawn.get(element) === json) return;
  drawn.set(element, json); // before loading, so the observer's next call does not draw it twice
  return loadLibrary(element.dataset.chartLib).then((Chart) => {
    if (drawn.get(element) !== json) return; // newer numbers arrived meanwhile; that call draws them
    const canvas = element.querySelector("canvas");
    Chart.getChart(canvas)?.destroy();
    element.classList.add("app-data-chart--drawn");
    new Chart(canvas, config(JSON.parse(json), document.documentElement.lang || "nl"));
  });
}

function drawAll() {
  for (const element of document.querySelectorAll("[data-chart]")) draw(element)?.catch((e) => console.warn("chart not drawn", e));
}

drawAll();
new MutationObserver(drawAll).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-chart"] });
