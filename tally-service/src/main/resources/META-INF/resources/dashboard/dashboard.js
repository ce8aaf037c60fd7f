// A campaign's tally, live: the goal bar, a daily chart and the chapter leaderboard. No libraries, no build step:
// the totals come from the Server-Sent Events stream; the chart and leaderboard are fetched again when they change.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var campaign = params.get('campaign');
  var zone = params.get('zone') || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  var base = '/api/campaigns/' + encodeURIComponent(campaign || '') + '/tallies';
  var number = new Intl.NumberFormat();
  var refreshTimer = null;

  function $(id) { return document.getElementById(id); }

  function status(text) { $('status').textContent = text; }

  function getJson(path) {
    return fetch(path, { headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    });
  }

  function showTotals(t) {
    var g = t.goal;
    $('title').textContent = t.slug ? t.slug.replace(/-/g, ' ') : 'Campaign tally';
    // A count is withheld (null) while it is too small to publish without pointing at a chapter or region.
    $('total').textContent = g.count == null ? 'too few to show yet' : number.format(g.count);
    $('goal').textContent = number.format(g.goal);
    var pct = g.percent == null ? 0 : Math.min(100, Number(g.percent));
    $('fill').style.width = pct + '%';
    $('bar').setAttribute('aria-valuenow', String(pct));
    var pace = '';
    if (g.remaining === 0) {
      pace = 'Goal reached!';
    } else if (g.pacePerDay != null) {
      pace = number.format(g.pacePerDay) + ' a day needed for ' + g.daysLeft + ' more day' + (g.daysLeft === 1 ? '' : 's');
    }
    $('pace').textContent = (g.percent == null ? '' : g.percent + '% · ') + pace;
  }

  function drawChart(series) {
    var svg = $('chart');
    var ns = 'http://www.w3.org/2000/svg';
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var points = series.points.slice(-60);
    var max = 1;
    points.forEach(function (p) { max = Math.max(max, p.count); });
    var w = 600, h = 200, pad = 20;
    var step = (w - pad) / Math.max(1, points.length);
    points.forEach(function (p, i) {
      var bh = (h - 2 * pad) * p.count / max;
      var rect = document.createElementNS(ns, 'rect');
      rect.setAttribute('x', String(pad + i * step + 1));
      rect.setAttribute('y', String(h - pad - bh));
      rect.setAttribute('width', String(Math.max(1, step - 2)));
      rect.setAttribute('height', String(bh));
      var title = document.createElementNS(ns, 'title');
      title.textContent = p.start + ': ' + p.count;
      rect.appendChild(title);
      svg.appendChild(rect);
    });
    var label = document.createElementNS(ns, 'text');
    label.setAttribute('x', '2');
    label.setAttribute('y', '12');
    label.textContent = 'max ' + number.format(max) + ' / day';
    svg.appendChild(label);
    // The date axis: the first, middle and last day, in the reader's own way of writing dates. The points' dates are
    // already days of the chosen zone, so they are shown as such (UTC midnight, formatted in UTC).
    var day = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    var marks = [0, Math.floor((points.length - 1) / 2), points.length - 1].filter(function (m, i, all) {
      return points.length > 0 && all.indexOf(m) === i;
    });
    marks.forEach(function (m, i) {
      var tick = document.createElementNS(ns, 'text');
      tick.setAttribute('class', 'axis');
      tick.setAttribute('x', String(pad + m * step + step / 2));
      tick.setAttribute('y', String(h - 4));
      tick.setAttribute('text-anchor', i === 0 && marks.length > 1 ? 'start' : i === marks.length - 1 && i > 0 ? 'end' : 'middle');
      tick.textContent = day.format(new Date(points[m].start + 'T00:00:00Z'));
      svg.appendChild(tick);
    });
  }

  function drawLeaderboard(board) {
    var list = $('leaderboard');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    board.entries.forEach(function (e) {
      var li = document.createElement('li');
      var name = document.createElement('span');
      name.textContent = 'Chapter ' + e.chapterId.slice(0, 8);
      var count = document.createElement('span');
      count.className = 'count';
      count.textContent = e.count != null ? number.format(e.count)
        : e.fewerThan != null ? 'fewer than ' + e.fewerThan : 'not shown';
      li.appendChild(name);
      li.appendChild(count);
      list.appendChild(li);
    });
  }

  function refreshDetails() {
    getJson(base + '/series?zone=' + encodeURIComponent(zone)).then(drawChart).catch(function () {});
    getJson(base + '/leaderboard').then(drawLeaderboard).catch(function () {});
  }

  // Many changes in a row fetch the chart and leaderboard once.
  function scheduleRefresh() {
    if (refreshTimer) { return; }
    refreshTimer = setTimeout(function () { refreshTimer = null; refreshDetails(); }, 500);
  }

  if (!campaign) {
    status('Add ?campaign=<campaign id> to the address.');
    return;
  }
  getJson(base).then(showTotals).catch(function () { status('This campaign could not be found.'); });
  refreshDetails();
  var source = new EventSource(base + '/stream');
  source.onopen = function () { status('Live'); };
  source.onmessage = function (e) {
    showTotals(JSON.parse(e.data));
    status('Live · updated ' + new Date().toLocaleTimeString());
    scheduleRefresh();
  };
  source.onerror = function () { status('Reconnecting…'); };
}());
