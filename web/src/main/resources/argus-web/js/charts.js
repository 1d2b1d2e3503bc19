// Charts, drawn by Chart.js (loaded as a classic script from vendor/, the global `Chart`). Each
// chart sits in a fixed-height box so that it resizes with the page, takes its colours from the
// stylesheet's custom properties (light and dark themes), and keeps its numbers in a data-points
// attribute, which the browser tests read.

import { h } from './util.js';

/** Categorical colours (Okabe–Ito, readable by colour-blind people), then a few more. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9',
  '#F0E442', '#000000', '#8C564B', '#7F7F7F'];

/** A colour of the stylesheet (a custom property), for charts. */
export function themeColor(name, fallback) {
  return css(name, fallback);
}

/** Tone colours: negative, neutral, positive. */
export function toneColors() {
  return [css('--neg', '#c0392b'), css('--neu', '#9aa0a6'), css('--pos', '#1e8e3e')];
}

function css(name, fallback) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** A box holding a canvas; `label` describes the chart to screen readers. */
export function chartBox(label, height = 240) {
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  const box = h('div', { class: 'chart', style: `height:${height}px` }, canvas);
  return { box, canvas };
}

function base(extra) {
  const grid = css('--grid', 'rgba(0,0,0,0.08)');
  const text = css('--muted', '#5f6368');
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { labels: { color: text, boxWidth: 12, usePointStyle: true } },
      tooltip: { enabled: true },
    },
    scales: {
      x: { grid: { color: grid }, ticks: { color: text, maxRotation: 0, autoSkipPadding: 12 } },
      y: { grid: { color: grid }, ticks: { color: text, precision: 0 }, beginAtZero: true },
    },
    ...extra,
  };
}

function draw(canvas, config, points) {
  if (typeof Chart === 'undefined') {
    canvas.replaceWith(h('p', { class: 'muted' }, 'Charts are unavailable: vendor/chart.js did not load.'));
    return null;
  }
  Chart.getChart(canvas)?.destroy();
  canvas.dataset.points = String(points);
  return new Chart(canvas, config);
}

const count = (datasets) => datasets.reduce((n, d) => n + d.data.filter((v) => v !== null && v !== 0).length, 0);

/** Vertical bars (stacked when several datasets and stacked is true). */
export function bars(canvas, labels, datasets, { stacked = false, percent = false, onClick } = {}) {
  const ds = datasets.map((d, i) => ({
    backgroundColor: d.color || PALETTE[i % PALETTE.length],
    borderRadius: 2,
    maxBarThickness: 36,
    ...d,
  }));
  const opts = base();
  opts.scales.x.stacked = stacked;
  opts.scales.y.stacked = stacked;
  if (percent) {
    opts.scales.y.max = 100;
    opts.scales.y.ticks.callback = (v) => v + ' %';
    opts.plugins.tooltip.callbacks = { label: (c) => `${c.dataset.label}: ${c.parsed.y.toFixed(1)} %` };
  }
  if (ds.length === 1) opts.plugins.legend.display = false;
  if (onClick) {
    opts.onClick = (_, els) => els.length && onClick(els[0].index);
    opts.onHover = (e, els) => { e.native.target.style.cursor = els.length ? 'pointer' : 'default'; };
  }
  return draw(canvas, { type: 'bar', data: { labels, datasets: ds }, options: opts }, count(ds));
}

/** Horizontal bars for a breakdown: [{label, value}]. */
export function hbars(canvas, rows, { color, onClick } = {}) {
  const opts = base({ indexAxis: 'y' });
  opts.plugins.legend.display = false;
  opts.scales.y.grid.display = false;
  opts.scales.y.ticks.precision = undefined;
  opts.scales.x.beginAtZero = true;
  opts.scales.x.ticks.precision = 0;
  opts.interaction = { mode: 'nearest', axis: 'y', intersect: false };
  if (onClick) {
    opts.onClick = (_, els) => els.length && onClick(els[0].index);
    opts.onHover = (e, els) => { e.native.target.style.cursor = els.length ? 'pointer' : 'default'; };
  }
  const ds = [{
    label: 'articles',
    data: rows.map((r) => r.value),
    backgroundColor: color || PALETTE[0],
    borderRadius: 2,
    maxBarThickness: 22,
  }];
  return draw(canvas, { type: 'bar', data: { labels: rows.map((r) => r.label), datasets: ds }, options: opts },
    count(ds));
}

/** Lines over categories (labels), optionally with a second y axis for datasets marked y2. */
export function lines(canvas, labels, datasets, { y2 = null, stepped = false } = {}) {
  const ds = datasets.map((d, i) => ({
    borderColor: d.color || PALETTE[i % PALETTE.length],
    backgroundColor: d.color || PALETTE[i % PALETTE.length],
    pointRadius: labels.length > 60 ? 0 : 2,
    borderWidth: 2,
    tension: 0,
    stepped,
    spanGaps: true,
    ...d,
  }));
  const opts = base();
  if (y2) opts.scales.y2 = { position: 'right', grid: { display: false }, ...y2 };
  if (ds.length === 1) opts.plugins.legend.display = false;
  return draw(canvas, { type: 'line', data: { labels, datasets: ds }, options: opts }, count(ds));
}

/** A mixed chart: the datasets say their own type (bar or line) and axis. */
export function mixed(canvas, labels, datasets, scales) {
  const ds = datasets.map((d, i) => ({
    backgroundColor: d.color || PALETTE[i % PALETTE.length],
    borderColor: d.color || PALETTE[i % PALETTE.length],
    ...d,
  }));
  const opts = base();
  Object.assign(opts.scales, scales || {});
  for (const axis of Object.values(opts.scales)) {
    axis.ticks = { color: css('--muted', '#5f6368'), ...(axis.ticks || {}) };
  }
  return draw(canvas, { type: 'bar', data: { labels, datasets: ds }, options: opts }, count(ds));
}

/**
 * Points in time on a linear axis (epoch milliseconds, so no date adapter is needed): each
 * dataset's data is [{x, y}], y a category index or a number.
 */
export function timeScatter(canvas, datasets, { yLabels = null, stepped = false, showLine = false } = {}) {
  const ds = datasets.map((d, i) => ({
    borderColor: d.color || PALETTE[i % PALETTE.length],
    backgroundColor: d.color || PALETTE[i % PALETTE.length],
    pointRadius: 5,
    pointHoverRadius: 7,
    clip: false,
    showLine,
    stepped,
    borderWidth: 2,
    ...d,
  }));
  const xs = ds.flatMap((d) => d.data.map((p) => p.x));
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  // Ticks on whole hours or days: the smallest step that gives at most 6 of them.
  const HOUR = 3600000;
  const step = [HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR, 48 * HOUR, 7 * 24 * HOUR, 30 * 24 * HOUR]
    .find((st) => (hi - lo) / st <= 6) || 90 * 24 * HOUR;
  const min = Math.floor(lo / step) * step;
  const max = Math.max(Math.ceil(hi / step) * step, min + step);
  const fmt = (v) => new Date(v).toLocaleString(undefined, step >= 24 * HOUR
    ? { day: 'numeric', month: 'short' }
    : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const opts = base({ interaction: { mode: 'nearest', intersect: true } });
  opts.scales.x = {
    type: 'linear',
    min,
    max,
    grid: opts.scales.x.grid,
    ticks: { color: css('--muted', '#5f6368'), callback: fmt, stepSize: step, maxRotation: 0, autoSkip: true },
  };
  if (yLabels) {
    opts.scales.y = {
      type: 'linear',
      reverse: true,
      min: -0.5,
      max: yLabels.length - 0.5,
      grid: { color: css('--grid', 'rgba(0,0,0,0.08)') },
      // One tick per category, whatever the axis' own choice.
      afterBuildTicks: (axis) => { axis.ticks = yLabels.map((_, i) => ({ value: i })); },
      ticks: {
        color: css('--muted', '#5f6368'),
        autoSkip: false,
        callback: (v) => yLabels[v] ?? '',
      },
    };
  }
  opts.plugins.tooltip.callbacks = {
    title: (items) => items.length ? new Date(items[0].parsed.x).toLocaleString() : '',
    label: (c) => c.raw.label || `${c.dataset.label}: ${c.parsed.y}`,
  };
  return draw(canvas, { type: 'scatter', data: { datasets: ds }, options: opts },
    ds.reduce((n, d) => n + d.data.length, 0));
}
