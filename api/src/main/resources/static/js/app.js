/*
 * careermatch page: the student view (interests, skills, framework -> ranked clusters with reasons) and the
 * counselor view (CSV upload -> preview table and CSV download).
 *
 * Plain JavaScript, no libraries. Every piece of text that comes from the learner or the server is put on the page
 * with textContent or createTextNode, never as HTML.
 */
(function () {
  'use strict';

  var API = 'api/v1/'; // relative, so the page also works behind a path prefix
  var MAX_SKILLS = 50;
  var MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
  var PREVIEW_ROWS = 50;

  function $(id) {
    return document.getElementById(id);
  }

  /** Builds an element. attrs are set with setAttribute (or className); children are nodes or plain text. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) {
          return;
        }
        if (k === 'className') {
          node.className = v;
        } else if (k === 'text') {
          node.textContent = v;
        } else {
          node.setAttribute(k, v === true ? '' : String(v));
        }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) {
      return;
    }
    if (Array.isArray(child)) {
      child.forEach(function (c) { append(node, c); });
    } else if (typeof child === 'string' || typeof child === 'number') {
      node.appendChild(document.createTextNode(String(child)));
    } else {
      node.appendChild(child);
    }
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function sentence(text) {
    var t = String(text || '').trim();
    if (!t) {
      return t;
    }
    t = t.charAt(0).toUpperCase() + t.slice(1);
    return /[.!?]$/.test(t) ? t : t + '.';
  }

  /** "A", "A and B", "A, B and C". */
  function listWords(items) {
    if (items.length <= 1) {
      return items.join('');
    }
    return items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1];
  }

  function wholeScore(x) {
    return String(Math.round(x));
  }

  function pointsText(x) {
    return x.toFixed(1) + (x.toFixed(1) === '1.0' ? ' point' : ' points');
  }

  // ---------------------------------------------------------------- talking to the API

  function ApiError(message) {
    this.message = message;
  }

  var NETWORK_MESSAGE = 'We could not reach careermatch. Check your internet connection and try again.';

  /** A problem (application/problem+json) or any failed answer, in words. Never the raw body. */
  function problemMessage(status, body) {
    var detail = body && typeof body.detail === 'string' ? body.detail : '';
    if (status >= 500) {
      return 'Something went wrong on our side. Please try again in a minute.';
    }
    if (status === 413) {
      return detail ? sentence(detail) : 'That is too much to send at once. Send a smaller file.';
    }
    if (detail) {
      return sentence(detail);
    }
    if (body && typeof body.title === 'string' && body.title) {
      return sentence(body.title);
    }
    return 'Something went wrong (error ' + status + '). Please try again.';
  }

  function request(path, options) {
    var opts = options || {};
    return fetch(API + path, opts).catch(function (e) {
      if (e && e.name === 'AbortError') {
        throw e;
      }
      throw new ApiError(NETWORK_MESSAGE);
    }).then(function (response) {
      if (response.ok) {
        return response;
      }
      return response.text().then(function (text) {
        var body = null;
        try {
          body = JSON.parse(text);
        } catch (ignored) {
          body = null;
        }
        throw new ApiError(problemMessage(response.status, body));
      });
    });
  }

  function getJson(path, signal) {
    return request(path, { headers: { Accept: 'application/json' }, signal: signal })
      .then(function (r) { return r.json(); });
  }

  function postJson(path, payload, signal) {
    return request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload),
      signal: signal
    }).then(function (r) { return r.json(); });
  }

  function showError(box, message) {
    clear(box);
    box.appendChild(el('strong', { text: 'Sorry, that did not work.' }));
    box.appendChild(el('span', { text: message }));
    box.hidden = false;
  }

  function hideError(box) {
    clear(box);
    box.hidden = true;
  }

  // ---------------------------------------------------------------- tabs

  function setupTabs() {
    var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));

    function select(tab, moveFocus) {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute('aria-selected', on ? 'true' : 'false');
        t.tabIndex = on ? 0 : -1;
        $(t.getAttribute('aria-controls')).hidden = !on;
      });
      if (moveFocus) {
        tab.focus();
      }
      var hash = tab.id === 'tab-counselor' ? '#counselor' : '';
      if (window.history && history.replaceState) {
        history.replaceState(null, '', location.pathname + location.search + hash);
      }
    }

    tabs.forEach(function (tab, i) {
      tab.addEventListener('click', function () { select(tab, false); });
      tab.addEventListener('keydown', function (e) {
        var next = null;
        if (e.key === 'ArrowRight') {
          next = tabs[(i + 1) % tabs.length];
        } else if (e.key === 'ArrowLeft') {
          next = tabs[(i - 1 + tabs.length) % tabs.length];
        } else if (e.key === 'Home') {
          next = tabs[0];
        } else if (e.key === 'End') {
          next = tabs[tabs.length - 1];
        }
        if (next) {
          e.preventDefault();
          select(next, true);
        }
      });
    });

    if (location.hash === '#counselor') {
      select($('tab-counselor'), false);
    }
  }

  // ---------------------------------------------------------------- student view: interests and skills

  var chosenSkills = [];

  function setupInterests() {
    var box = $('interests');
    var count = $('interests-count');
    function update() {
      count.textContent = box.value.length.toLocaleString('en-US') + ' of 2,000 characters used';
    }
    box.addEventListener('input', update);
    update();
  }

  function setupSkills() {
    var input = $('skill-input');
    var listbox = $('skill-listbox');
    var announce = $('skill-announce');
    var options = [];
    var active = -1;
    var timer = null;
    var seq = 0;

    function say(text) {
      announce.textContent = text;
    }

    function close() {
      listbox.hidden = true;
      clear(listbox);
      options = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function setActive(i) {
      active = i;
      options.forEach(function (o, j) {
        o.node.setAttribute('aria-selected', j === i ? 'true' : 'false');
      });
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', options[i].node.id);
        options[i].node.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function render(suggestions) {
      clear(listbox);
      options = [];
      active = -1;
      var taken = {};
      chosenSkills.forEach(function (s) { taken[s.toLowerCase()] = true; });
      suggestions.filter(function (s) { return !taken[s.name.toLowerCase()]; }).forEach(function (s, i) {
        var node = el('li', { id: 'skill-option-' + i, role: 'option', 'aria-selected': 'false' }, s.name);
        if (s.matchedAlias) {
          node.appendChild(el('span', { className: 'alias', text: ' (also called ' + s.matchedAlias + ')' }));
        }
        node.addEventListener('mousedown', function (e) { e.preventDefault(); });
        node.addEventListener('click', function () { choose(s.name); });
        listbox.appendChild(node);
        options.push({ name: s.name, node: node });
      });
      if (options.length === 0) {
        close();
        say('No skills found for that. Press Enter to add it the way you wrote it.');
        return;
      }
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      say(options.length + (options.length === 1 ? ' skill found.' : ' skills found.')
        + ' Use the up and down arrows to choose one, then press Enter.');
    }

    function suggest() {
      var prefix = input.value.trim();
      var mine = ++seq;
      if (!prefix) {
        close();
        return;
      }
      getJson('skills/suggest?limit=8&prefix=' + encodeURIComponent(prefix)).then(function (body) {
        if (mine === seq && input.value.trim() === prefix) {
          render(body.suggestions || []);
        }
      }).catch(function () {
        if (mine === seq) {
          close();
        }
      });
    }

    function choose(name) {
      var skill = String(name).trim().slice(0, 100);
      if (!skill) {
        return;
      }
      var exists = chosenSkills.some(function (s) { return s.toLowerCase() === skill.toLowerCase(); });
      if (exists) {
        say(skill + ' is already in your list.');
      } else if (chosenSkills.length >= MAX_SKILLS) {
        say('You can add up to ' + MAX_SKILLS + ' skills.');
        return;
      } else {
        chosenSkills.push(skill);
        renderChips();
        say('Added ' + skill + '. You have ' + chosenSkills.length
          + (chosenSkills.length === 1 ? ' skill.' : ' skills.'));
      }
      seq++;
      input.value = '';
      close();
      input.focus();
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      if (!input.value.trim()) {
        seq++;
        close();
        return;
      }
      timer = setTimeout(suggest, 150);
    });

    input.addEventListener('keydown', function (e) {
      var open = !listbox.hidden && options.length > 0;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (open) {
          setActive((active + 1) % options.length);
        } else {
          clearTimeout(timer);
          suggest();
        }
      } else if (e.key === 'ArrowUp') {
        if (open) {
          e.preventDefault();
          setActive(active <= 0 ? options.length - 1 : active - 1);
        }
      } else if (e.key === 'Enter') {
        if (open && active >= 0) {
          e.preventDefault();
          choose(options[active].name);
        } else if (input.value.trim()) {
          e.preventDefault();
          choose(input.value);
        }
      } else if (e.key === 'Escape') {
        if (open) {
          e.preventDefault();
          close();
        } else if (input.value) {
          e.preventDefault();
          input.value = '';
        }
      } else if (e.key === 'Tab') {
        close();
      }
    });

    input.addEventListener('blur', function () {
      setTimeout(function () {
        if (document.activeElement !== input) {
          close();
        }
      }, 100);
    });

    setupSkills.say = say;
  }

  function renderChips() {
    var list = $('skill-chips');
    clear(list);
    chosenSkills.forEach(function (skill, i) {
      var remove = el('button', { type: 'button', 'aria-label': 'Remove ' + skill, title: 'Remove ' + skill }, '\u00d7');
      remove.addEventListener('click', function () {
        chosenSkills.splice(i, 1);
        renderChips();
        setupSkills.say('Removed ' + skill + '.');
        var buttons = list.querySelectorAll('button');
        if (buttons.length) {
          buttons[Math.min(i, buttons.length - 1)].focus();
        } else {
          $('skill-input').focus();
        }
      });
      list.appendChild(el('li', { className: 'chip' }, el('span', { text: skill }), remove));
    });
  }

  // ---------------------------------------------------------------- student view: frameworks and matching

  var lastProfile = null;
  var lastAnswer = null;
  var matchController = null;
  var frameworkTimer = null;
  /** framework id -> group id -> the first sentence of the group's description (its one-line definition) */
  var definitions = {};
  /** framework id -> group id -> the 2024 clusters (titles) the group is based on */
  var basedOn = {};

  /** The first sentence of a text: up to the first full stop followed by a space and a capital letter. */
  function firstSentence(text) {
    var t = String(text || '').trim();
    var m = /^(.+?[.!?])\s+(?=[A-Z])/.exec(t);
    return m ? m[1] : t;
  }

  function setupFrameworks() {
    var select = $('framework');
    var loaded = getJson('frameworks').then(function (frameworks) {
      var current = select.value;
      clear(select);
      var titles2024 = {};
      frameworks.forEach(function (f) {
        if (f.id === 'nccf-2024') {
          (f.groups || []).forEach(function (g) { titles2024[g.id] = g.title; });
        }
      });
      frameworks.forEach(function (f) {
        select.appendChild(el('option', { value: f.id, text: f.name }));
        var groups = {};
        var bases = {};
        (f.groups || []).forEach(function (g) {
          if (g.description && g.description.text) {
            groups[g.id] = firstSentence(g.description.text);
          }
          if (f.id !== 'nccf-2024') {
            bases[g.id] = (g.mapsTo || []).map(function (m) { return titles2024[m.cluster] || m.cluster; })
              .filter(function (t, i, all) { return all.indexOf(t) === i; });
          }
        });
        definitions[f.id] = groups;
        basedOn[f.id] = bases;
      });
      if (frameworks.some(function (f) { return f.id === current; })) {
        select.value = current;
      }
    }).catch(function () {
      // keep the built-in 2024 option: the page still works
    });
    select.addEventListener('change', function () {
      if (lastProfile) {
        clearTimeout(frameworkTimer);
        frameworkTimer = setTimeout(function () { runMatch(false); }, 250);
      }
    });
    return loaded;
  }

  function currentProfile() {
    return {
      interests: $('interests').value.trim(),
      skills: chosenSkills.slice(),
      framework: $('framework').value
    };
  }

  function setBusy(button, busy, busyText, idleText) {
    if (busy) {
      button.setAttribute('aria-busy', 'true');
      button.textContent = busyText;
    } else {
      button.removeAttribute('aria-busy');
      button.textContent = idleText;
    }
  }

  var NOT_UNDERSTOOD = 'We could not find anything to match yet: try telling us about things you like to do, '
    + 'school subjects or jobs you have heard of.';

  // the words the interest profile was read from, each once, in the order the types list them
  function profileWords(answer) {
    var seen = [];
    var types = answer.interestProfile && Array.isArray(answer.interestProfile.types) ? answer.interestProfile.types : [];
    types.forEach(function (t) {
      (t.words || []).forEach(function (w) {
        if (seen.indexOf(w) < 0) {
          seen.push(w);
        }
      });
    });
    return seen;
  }

  // understood, but no cluster fits: say what was read, and what would help
  function tooLittleText(answer) {
    var words = profileWords(answer);
    if (!words.length) {
      return NOT_UNDERSTOOD;
    }
    return 'We read ' + listWords(words.map(function (w) { return '\u2018' + w + '\u2019'; }))
      + ', and it shows in your interest types below, but it is not enough to point to a career cluster yet: '
      + 'tell us about things you like to do, school subjects or jobs you have heard of.';
  }

  function runMatch(moveFocus) {
    var profile = currentProfile();
    var errorBox = $('match-error');
    var status = $('match-status');
    var button = $('match-button');
    if (!profile.interests && profile.skills.length === 0) {
      showError(errorBox, 'Write what you like to do, or add at least one skill. Then press Match.');
      status.textContent = '';
      return;
    }
    hideError(errorBox);
    if (matchController) {
      matchController.abort();
    }
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    matchController = controller;
    var payload = { skills: profile.skills, framework: profile.framework };
    if (profile.interests) {
      payload.interests = profile.interests;
    }
    setBusy(button, true, 'Matching\u2026', 'Match');
    status.textContent = 'Looking for your matches\u2026';
    status.classList.remove('visually-hidden');
    postJson('matches', payload, controller ? controller.signal : undefined).then(function (answer) {
      if (controller !== matchController) {
        return;
      }
      lastProfile = profile;
      lastAnswer = answer;
      renderResults(answer, profile);
      var shown = answer.clusters.filter(hasEvidence);
      var best = shown[0];
      // when nothing matched, the notice in the results says it on screen; the live region says it to screen readers
      status.classList.toggle('visually-hidden', answer.understood === false || !best);
      if (answer.understood === false || !best) {
        status.textContent = answer.understood === false ? NOT_UNDERSTOOD : tooLittleText(answer);
      } else {
        // a "some" fit is a hint, not a match: the count names the strong and good fits only
        var well = shown.filter(function (c) { return !c.fit || c.fit === 'strong' || c.fit === 'good'; }).length;
        status.textContent = (well > 0 ? 'We found ' + well + (well === 1 ? ' cluster' : ' clusters')
          + ' that fit you well. ' : '') + 'Your best match is ' + best.title
          + (best.fit ? ' (' + FIT_WORDS[best.fit].toLowerCase() + ')' : ', with a score of ' + wholeScore(best.score)
            + ' out of 100') + '.';
      }
      if (moveFocus) {
        $('results-heading').focus();
      }
    }).catch(function (e) {
      if (e && e.name === 'AbortError') {
        return;
      }
      if (controller !== matchController) {
        return;
      }
      status.textContent = '';
      showError(errorBox, e instanceof ApiError ? e.message : 'Something went wrong. Please try again.');
    }).then(function () {
      if (controller === matchController) {
        setBusy(button, false, '', 'Match');
        matchController = null;
      }
    });
  }

  function setupMatchForm() {
    $('match-form').addEventListener('submit', function (e) {
      e.preventDefault();
      runMatch(true);
    });
    $('clear-button').addEventListener('click', function () {
      $('interests').value = '';
      $('interests').dispatchEvent(new Event('input'));
      chosenSkills = [];
      renderChips();
      lastProfile = null;
      lastAnswer = null;
      $('results').hidden = true;
      clear($('ranking'));
      clear($('ranking-rest'));
      clear($('print-summary'));
      hideError($('match-error'));
      $('match-status').classList.remove('visually-hidden');
      $('match-status').textContent = 'Cleared. You can start again.';
      $('interests').focus();
    });
    $('show-all').addEventListener('click', function () {
      var rest = $('ranking-rest');
      var open = rest.hidden;
      rest.hidden = !open;
      this.setAttribute('aria-expanded', open ? 'true' : 'false');
      this.textContent = open ? 'Show only the clusters that fit' : showAllText(lastAnswer);
    });
    $('print-button').addEventListener('click', function () {
      window.print();
    });
    $('share-button').addEventListener('click', function () {
      if (!lastProfile) {
        return;
      }
      var url = shareUrl(lastProfile);
      var box = $('share-link');
      box.value = url;
      $('share-box').hidden = false;
      box.focus();
      box.select();
      var done = function () {
        $('share-status').textContent = 'Link copied. Anyone with the link sees what you typed.';
      };
      var manual = function () {
        $('share-status').textContent = 'Copy the link above. Anyone with the link sees what you typed.';
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(done, manual);
      } else {
        manual();
      }
    });
  }

  // ---------------------------------------------------------------- share link: the profile in the URL fragment

  /*
   * The profile travels after '#' only: browsers never send the fragment to a server, so a shared link keeps what the
   * student typed between the two browsers. Format: #p= then base64url of {"i": interests, "s": skills, "f": framework}.
   */
  var SHARE_PREFIX = '#p=';

  function toBase64Url(text) {
    var bytes = new TextEncoder().encode(text);
    var binary = '';
    bytes.forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(text) {
    var b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    while (b64.length % 4) {
      b64 += '=';
    }
    var binary = atob(b64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return new TextDecoder().decode(bytes);
  }

  function shareUrl(profile) {
    var data = { i: profile.interests, s: profile.skills, f: profile.framework };
    return location.origin + location.pathname + location.search + SHARE_PREFIX + toBase64Url(JSON.stringify(data));
  }

  /** The profile of a share link, or null when the fragment holds none (or a broken one). */
  function sharedProfile(hash) {
    if (!hash || hash.indexOf(SHARE_PREFIX) !== 0) {
      return null;
    }
    try {
      var data = JSON.parse(fromBase64Url(hash.slice(SHARE_PREFIX.length)));
      var skills = Array.isArray(data.s) ? data.s.filter(function (s) { return typeof s === 'string' && s.trim(); }) : [];
      return {
        interests: typeof data.i === 'string' ? data.i.slice(0, 2000) : '',
        skills: skills.slice(0, MAX_SKILLS).map(function (s) { return s.trim().slice(0, 100); }),
        framework: typeof data.f === 'string' ? data.f : ''
      };
    } catch (ignored) {
      return null;
    }
  }

  function restoreShared(frameworksLoaded) {
    var profile = sharedProfile(location.hash);
    if (!profile) {
      return;
    }
    $('interests').value = profile.interests;
    $('interests').dispatchEvent(new Event('input'));
    chosenSkills = profile.skills;
    renderChips();
    frameworksLoaded.then(function () {
      var select = $('framework');
      if (profile.framework && Array.prototype.some.call(select.options, function (o) {
        return o.value === profile.framework;
      })) {
        select.value = profile.framework;
      }
      if (profile.interests || profile.skills.length) {
        runMatch(false);
      }
    });
  }

  // ---------------------------------------------------------------- results

  var FIT_WORDS = { strong: 'Strong fit', good: 'Good fit', some: 'Some fit', none: 'Not a fit yet' };

  /** A cluster the learner's words gave evidence for (the rest wait behind "show all"). */
  function hasEvidence(c) {
    return c.fit ? c.fit !== 'none' : c.score > 0;
  }

  function showAllText(answer) {
    var n = answer ? answer.clusters.length : 14;
    return 'Show all ' + n + ' clusters';
  }

  /**
   * The learner's words that matched, marked in a copy of their text by the character offsets the API gives
   * (spans into the interests exactly as they were sent). Overlapping spans are merged.
   */
  function highlighted(text, spans) {
    var ranges = spans.filter(function (s) {
      return s && s.start >= 0 && s.end > s.start && s.end <= text.length;
    }).map(function (s) { return [s.start, s.end]; }).sort(function (a, b) { return a[0] - b[0]; });
    if (!ranges.length) {
      return null;
    }
    var merged = [ranges[0]];
    ranges.slice(1).forEach(function (r) {
      var last = merged[merged.length - 1];
      if (r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push(r);
      }
    });
    var p = el('p', { className: 'your-words' });
    var at = 0;
    merged.forEach(function (r) {
      append(p, text.slice(at, r[0]));
      p.appendChild(el('mark', { text: text.slice(r[0], r[1]) }));
      at = r[1];
    });
    append(p, text.slice(at));
    return p;
  }

  /** The spans of a cluster's reasons that are in the interests (not in a skill). */
  function interestSpans(c) {
    var spans = [];
    (c.reasons || []).forEach(function (r) {
      if (r.skillIndex === undefined || r.skillIndex === null) {
        (r.spans || []).forEach(function (s) { spans.push(s); });
      }
    });
    return spans;
  }

  function bar(score) {
    var fill = el('span', { className: 'fill' });
    // CSSOM, not a style attribute: allowed by the page's Content-Security-Policy
    fill.style.width = Math.max(0, Math.min(100, score)).toFixed(1) + '%';
    return el('span', { className: 'bar', 'aria-hidden': 'true' }, fill);
  }

  function jobItem(o) {
    var li = el('li', null, o.title);
    if (o.emerging) {
      li.appendChild(el('span', { className: 'badge', text: 'New' }));
    }
    return li;
  }

  function reasonList(c) {
    var ul = el('ul', { className: 'reasons' });
    (c.reasons || []).forEach(function (r) {
      ul.appendChild(el('li', null, r.reason, ' ',
        el('span', { className: 'points', text: '(' + pointsText(r.points) + ')' })));
    });
    return ul;
  }

  /** What to do next about a cluster: programs of study, and a question for the counselor. */
  function nextSteps(c) {
    var box = el('div', { className: 'next-steps' });
    box.appendChild(el('h3', { text: 'Next steps' }));
    var ul = el('ul');
    var programs = (c.programs || []).slice(0, 3);
    if (programs.length) {
      ul.appendChild(el('li', null, 'Programs of study that prepare for it: ',
        listWords(programs.map(function (p) { return p.title; })) + '.'));
    }
    ul.appendChild(el('li', { text: 'Talk to your counselor about ' + c.title
      + ': ask which classes, programs or clubs at your school lead there.' }));
    box.appendChild(ul);
    return box;
  }

  /**
   * The titles of the cross-cutting clusters of the answer that fit this learner well (a strong or good fit) and
   * apply in industry cluster c.
   */
  function appliedHere(c, answer) {
    if (c.crossCutting) {
      return [];
    }
    return (answer.clusters || []).filter(function (x) {
      return x.crossCutting && (x.fit === 'strong' || x.fit === 'good')
        && (x.appliesIn || []).some(function (a) { return a.clusterId === c.id; });
    }).map(function (x) { return x.title; });
  }

  function clusterDetail(c, answer, profile) {
    var detail = el('div', { className: 'detail' });
    var definition = (definitions[answer.framework] || {})[c.id];
    if (definition) {
      detail.appendChild(el('p', { className: 'definition', text: definition }));
    }
    var bases = (basedOn[answer.framework] || {})[c.id] || [];
    if (bases.length) {
      detail.appendChild(el('p', { className: 'hint', text: 'This group is based on the 2024 '
        + (bases.length === 1 ? 'cluster ' : 'clusters ') + listWords(bases) + '.' }));
    }

    if (c.crossCutting) {
      var where = (c.appliesIn || []).map(function (a) { return a.title; });
      var p = el('p', null, c.title + ' is used in many kinds of work.');
      if (where.length) {
        append(p, ' For you, it fits with ' + listWords(where) + '.');
      }
      detail.appendChild(p);
      var examples = [];
      (c.appliesIn || []).forEach(function (a) {
        (a.sampleJobTitles || []).forEach(function (t) { examples.push(t + ' (' + a.title + ')'); });
      });
      if (examples.length) {
        detail.appendChild(el('p', null, 'Jobs like this: ' + examples.join(', ') + '.'));
      }
    }

    var functions = appliedHere(c, answer);
    if (functions.length) {
      detail.appendChild(el('p', null, 'For you, ' + listWords(functions) + ' '
        + (functions.length === 1 ? 'fits' : 'fit') + ' with ' + c.title + ': the same kind of work, done here.'));
    }

    detail.appendChild(el('h3', { text: 'Why it fits you' }));
    if (!c.reasons || c.reasons.length === 0) {
      detail.appendChild(el('p', { text: 'Nothing you wrote matched this one.' }));
    } else {
      detail.appendChild(reasonList(c));
    }

    if (profile.interests) {
      var copy = highlighted(profile.interests, interestSpans(c));
      if (copy) {
        detail.appendChild(el('h3', { text: 'Your words that matched' }));
        detail.appendChild(copy);
      }
    }

    var grid = el('div', { className: 'detail-grid' });
    var left = el('div');
    var right = el('div');
    var subsWithScore = (c.subClusters || []).filter(function (s) { return s.score > 0; });
    if (subsWithScore.length) {
      left.appendChild(el('h3', { text: answer.framework === 'nccf-2024' ? 'Parts of this cluster' : 'Pathways' }));
      var subs = el('ul', { className: 'subs' });
      subsWithScore.forEach(function (s) {
        subs.appendChild(el('li', null, el('span', { text: s.title }), bar(s.score),
          el('span', { className: 'num' }, wholeScore(s.score),
            el('span', { className: 'visually-hidden', text: ' out of 100' }))));
      });
      left.appendChild(subs);
    }
    if (c.skillsToExplore && c.skillsToExplore.length) {
      left.appendChild(el('h3', { text: 'Skills to explore' }));
      var tags = el('ul', { className: 'tags' });
      c.skillsToExplore.forEach(function (s) { tags.appendChild(el('li', { text: s.name })); });
      left.appendChild(tags);
    }
    if (c.occupations && c.occupations.length) {
      right.appendChild(el('h3', { text: 'Sample jobs' }));
      var jobs = el('ul');
      c.occupations.forEach(function (o) { jobs.appendChild(jobItem(o)); });
      right.appendChild(jobs);
    }
    if (c.emergingOccupations && c.emergingOccupations.length) {
      right.appendChild(el('h3', null, 'New and growing jobs',
        el('span', { className: 'badge', 'aria-hidden': 'true', text: 'New' })));
      var emerging = el('ul', { className: 'emerging' });
      c.emergingOccupations.forEach(function (o) { emerging.appendChild(jobItem({ title: o.title, emerging: true })); });
      right.appendChild(emerging);
    }
    grid.appendChild(left);
    grid.appendChild(right);
    detail.appendChild(grid);
    if (hasEvidence(c)) {
      detail.appendChild(nextSteps(c));
    }
    return detail;
  }

  /** The full answer (every cluster with its lists and reasons) for the profile of a summary, asked for once. */
  function fullAnswer(answer, profile) {
    if (!answer.fullRequest) {
      var payload = { skills: profile.skills, framework: profile.framework };
      if (profile.interests) {
        payload.interests = profile.interests;
      }
      answer.fullRequest = postJson('matches?detail=full', payload);
      answer.fullRequest.catch(function () { answer.fullRequest = null; });
    }
    return answer.fullRequest;
  }

  function clusterRow(c, answer, profile) {
    var name = el('span', { className: 'name' }, el('span', { className: 'title', text: c.title }));
    if (c.caption) {
      name.appendChild(el('span', { className: 'caption', text: c.caption }));
    }
    if (c.crossCutting && c.appliesIn && c.appliesIn.length) {
      name.appendChild(el('span', { className: 'applies',
        text: 'Used in ' + listWords(c.appliesIn.map(function (a) { return a.title; })) }));
    } else if (c.crossCutting) {
      name.appendChild(el('span', { className: 'applies', text: 'Used in every kind of work' }));
    } else if (appliedHere(c, answer).length) {
      name.appendChild(el('span', { className: 'applies',
        text: 'With ' + listWords(appliedHere(c, answer)) }));
    }
    var score = el('span', { className: 'score' }, wholeScore(c.score),
      el('span', { className: 'visually-hidden', text: ' out of 100' }));
    var summary = el('summary', null,
      el('span', { className: 'rank' }, el('span', { className: 'visually-hidden', text: 'Rank ' }), String(c.rank)),
      name,
      bar(c.score),
      score);
    if (c.fit) {
      summary.appendChild(el('span', { className: 'fit fit-' + c.fit, text: FIT_WORDS[c.fit] || c.fit }));
    }
    var details = el('details', { 'data-cluster': c.id }, summary);
    var built = false;
    details.addEventListener('toggle', function () {
      if (!details.open || built) {
        return;
      }
      built = true;
      if (c.reasons || !hasEvidence(c)) {
        details.appendChild(clusterDetail(c, answer, profile));
        return;
      }
      // the summary details the first few clusters only: the others come from the full answer, asked for once
      var loading = el('p', { className: 'detail hint', role: 'status', text: 'Loading\u2026' });
      details.appendChild(loading);
      fullAnswer(answer, profile).then(function (full) {
        var same = full.clusters.filter(function (x) { return x.id === c.id; })[0] || c;
        details.replaceChild(clusterDetail(same, answer, profile), loading);
      }).catch(function (e) {
        loading.textContent = e instanceof ApiError ? e.message : 'Something went wrong. Please try again.';
        built = false;
      });
    });
    return el('li', { className: 'cluster' + (hasEvidence(c) ? '' : ' no-evidence') }, details);
  }

  // ---------------------------------------------------------------- interest profile chart

  var TYPE_NAMES = { R: 'Realistic', I: 'Investigative', A: 'Artistic', S: 'Social', E: 'Enterprising', C: 'Conventional' };
  var TYPE_MEANINGS = {
    R: 'working with your hands, tools, machines, plants or animals',
    I: 'figuring things out, science and solving problems',
    A: 'creating, designing and expressing ideas',
    S: 'helping, teaching and caring for people',
    E: 'leading, persuading and starting things',
    C: 'organizing, keeping records and working with details'
  };
  var SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  /** The Holland code in one sentence: "ASR: you seem to like creating ..., helping ... and working ...". */
  function hollandSentence(code) {
    var letters = String(code || '').split('').filter(function (l) { return TYPE_NAMES[l]; });
    if (!letters.length) {
      return '';
    }
    return 'Your interest code is ' + letters.join('') + ' (' + letters.map(function (l) { return TYPE_NAMES[l]; })
      .join(', ') + '): you seem to like ' + listWords(letters.map(function (l) { return TYPE_MEANINGS[l]; })) + '.';
  }

  function renderInterestProfile(profileData) {
    var box = $('interest-profile');
    clear(box);
    var types = profileData && Array.isArray(profileData.types) ? profileData.types : [];
    if (!types.length || !profileData.hollandCode) {
      box.hidden = true;
      return;
    }
    box.appendChild(el('h3', { text: 'Your interest types' }));
    box.appendChild(el('p', { className: 'holland', text: hollandSentence(profileData.hollandCode) }));
    var max = Math.max.apply(null, types.map(function (t) { return t.score; }).concat([1]));
    var rowH = 28;
    var width = 320;
    var labelW = 110;
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + (types.length * rowH), width: '100%',
      role: 'img', 'aria-labelledby': 'interest-chart-title', class: 'interest-chart' });
    chart.appendChild(svg('title', { id: 'interest-chart-title' }, 'Your interest types: '
      + types.map(function (t) { return t.name + ' ' + Math.round(t.score); }).join(', ')));
    var top = String(profileData.hollandCode);
    types.forEach(function (t, i) {
      var y = i * rowH;
      var w = Math.max(0, (width - labelW - 40) * t.score / max);
      chart.appendChild(svg('text', { x: 0, y: y + 19, class: 'type-label' }, t.name));
      chart.appendChild(svg('rect', { x: labelW, y: y + 6, width: width - labelW - 40, height: 16, rx: 8,
        class: 'type-track' }));
      chart.appendChild(svg('rect', { x: labelW, y: y + 6, width: w.toFixed(1), height: 16, rx: 8,
        class: top.indexOf(t.letter) >= 0 ? 'type-bar top' : 'type-bar' }));
      chart.appendChild(svg('text', { x: width - 34, y: y + 19, class: 'type-score' }, String(Math.round(t.score))));
    });
    box.appendChild(chart);
    var because = types.filter(function (t) { return top.indexOf(t.letter) >= 0 && t.words && t.words.length; });
    if (because.length) {
      var ul = el('ul', { className: 'type-words' });
      because.forEach(function (t) {
        ul.appendChild(el('li', null, el('strong', { text: t.name + ': ' }),
          listWords(t.words.map(function (w) { return '\u2018' + w + '\u2019'; }))));
      });
      box.appendChild(ul);
    }
    box.hidden = false;
  }

  // ---------------------------------------------------------------- printable summary

  /**
   * What a printout keeps: what the student typed, the clusters that fit with their reasons, and next steps. Built
   * as its own section (shown only by the print stylesheet), so closed clusters print their reasons too.
   */
  function renderPrintSummary(answer, profile) {
    var box = $('print-summary');
    clear(box);
    box.appendChild(el('h2', { text: 'My career cluster matches' }));
    box.appendChild(el('h3', { text: 'What I told careermatch' }));
    if (profile.interests) {
      box.appendChild(el('p', { className: 'typed', text: profile.interests }));
    }
    if (profile.skills.length) {
      box.appendChild(el('p', { className: 'typed', text: 'Skills: ' + profile.skills.join(', ') }));
    }
    if (answer.understood === false) {
      box.appendChild(el('p', { text: NOT_UNDERSTOOD }));
      return;
    }
    if (answer.interestProfile && answer.interestProfile.hollandCode) {
      box.appendChild(el('p', { text: hollandSentence(answer.interestProfile.hollandCode) }));
    }
    answer.clusters.filter(hasEvidence).slice(0, 5).forEach(function (c) {
      var section = el('section', { className: 'print-cluster' });
      section.appendChild(el('h3', { text: c.rank + '. ' + c.title
        + (c.fit ? ' \u2014 ' + FIT_WORDS[c.fit] : ' \u2014 ' + wholeScore(c.score) + ' out of 100') }));
      if (c.caption) {
        section.appendChild(el('p', { className: 'caption', text: c.caption }));
      }
      section.appendChild(reasonList(c));
      section.appendChild(nextSteps(c));
      box.appendChild(section);
    });
    box.appendChild(el('p', { className: 'hint', text: 'From careermatch, ' + answer.frameworkName + '.' }));
  }

  function renderResults(answer, profile) {
    var list = $('ranking');
    var rest = $('ranking-rest');
    clear(list);
    clear(rest);
    $('results-framework').textContent = 'Career clusters from the ' + answer.frameworkName + '.';
    var unmatched = $('unmatched');
    if (answer.unmatched && answer.unmatched.length) {
      unmatched.textContent = 'We did not find these words: ' + listWords(answer.unmatched.map(function (w) {
        return '\'' + w + '\'';
      })) + '. You can try other words for them.';
      unmatched.hidden = false;
    } else {
      unmatched.textContent = '';
      unmatched.hidden = true;
    }
    var read = answer.understood !== false;
    var understood = read && answer.clusters.some(hasEvidence);
    var notice = $('not-understood');
    notice.hidden = understood;
    notice.textContent = understood ? '' : (read ? tooLittleText(answer) : NOT_UNDERSTOOD);
    $('chart-help').hidden = !understood;
    renderInterestProfile(read ? answer.interestProfile : null);

    answer.clusters.forEach(function (c) {
      (understood && hasEvidence(c) ? list : rest).appendChild(clusterRow(c, answer, profile));
    });
    var others = rest.children.length;
    var toggle = $('show-all');
    rest.hidden = true;
    toggle.hidden = others === 0;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.textContent = showAllText(answer);
    $('result-actions').hidden = !understood;
    $('share-box').hidden = true;
    renderPrintSummary(answer, profile);
    $('results').hidden = false;
  }

  // ---------------------------------------------------------------- counselor view

  var downloadUrl = null;
  var ORDINALS = ['Best match', '2nd match', '3rd match', '4th match', '5th match'];

  function setupBatch() {
    var form = $('batch-form');
    var fileInput = $('batch-file');
    var errorBox = $('batch-error');
    var status = $('batch-status');
    var button = $('batch-button');
    var busy = false;

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (busy) {
        return;
      }
      hideError(errorBox);
      var file = fileInput.files && fileInput.files[0];
      if (!file) {
        showError(errorBox, 'Choose a CSV file first.');
        return;
      }
      if (file.size === 0) {
        showError(errorBox, 'This file is empty. Use the example file to start.');
        return;
      }
      if (file.size > MAX_UPLOAD_BYTES) {
        showError(errorBox, 'This file is too big (more than 8 MB). Split it into smaller files of up to 500 rows.');
        return;
      }
      var limit = $('batch-limit').value;
      var path = 'matches/batch?limit=' + encodeURIComponent(limit) + ($('batch-inputs').checked ? '&inputs=true' : '');
      busy = true;
      setBusy(button, true, 'Matching\u2026', 'Match all learners');
      status.textContent = 'Matching the learners in your file\u2026';
      $('batch-results').hidden = true;

      function send(accept) {
        return request(path, {
          method: 'POST',
          headers: { 'Content-Type': 'text/csv; charset=utf-8', Accept: accept },
          body: file
        });
      }

      send('application/json').then(function (r) { return r.json(); }).then(function (answer) {
        return send('text/csv').then(function (r) { return r.blob(); }).then(function (csv) {
          renderBatch(answer, Number(limit), new Blob([csv], { type: 'text/csv' }));
          var failed = answer.results.filter(function (r) { return r.error; }).length;
          status.textContent = 'Done. We matched ' + (answer.results.length - failed) + ' of '
            + answer.results.length + (answer.results.length === 1 ? ' learner.' : ' learners.');
          $('batch-heading').focus();
        });
      }).catch(function (err) {
        status.textContent = '';
        showError(errorBox, err instanceof ApiError ? err.message : 'Something went wrong. Please try again.');
      }).then(function () {
        busy = false;
        setBusy(button, false, '', 'Match all learners');
      });
    });
  }

  function renderBatch(answer, limit, csvBlob) {
    var results = answer.results;
    var failed = results.filter(function (r) { return r.error; }).length;
    var summary = $('batch-summary');
    clear(summary);
    append(summary, 'We matched ' + (results.length - failed) + ' of ' + results.length
      + (results.length === 1 ? ' learner.' : ' learners.'));
    if (failed) {
      append(summary, ' ' + failed + (failed === 1 ? ' row has a problem.' : ' rows have a problem.')
        + ' They are marked \u201cProblem\u201d in the table. Fix them in your file and upload it again.');
    }
    if (results.length > PREVIEW_ROWS) {
      append(summary, ' The table shows the first ' + PREVIEW_ROWS + ' rows. The download has all of them.');
    }

    if (downloadUrl) {
      URL.revokeObjectURL(downloadUrl);
    }
    downloadUrl = URL.createObjectURL(csvBlob);
    $('batch-download').href = downloadUrl;

    var table = $('batch-table');
    var thead = table.tHead;
    var tbody = table.tBodies[0];
    clear(thead);
    clear(tbody);
    var heads = ['Learner code', 'Interest code'];
    for (var i = 0; i < limit; i++) {
      heads.push(ORDINALS[i] || (i + 1) + 'th match');
    }
    heads.push('Problem');
    var head = el('tr');
    heads.forEach(function (h) { head.appendChild(el('th', { scope: 'col', text: h })); });
    thead.appendChild(head);

    // every cell says which column it is in (data-label): on a phone the rows become stacked cards that show it
    results.slice(0, PREVIEW_ROWS).forEach(function (r) {
      var row = el('tr', { className: r.error ? 'failed' : null },
        el('th', { scope: 'row', 'data-label': heads[0], text: r.ref || '(no code)' }));
      if (r.error) {
        // across the match columns, so the problem is seen next to the code on a phone too, without scrolling
        row.appendChild(el('td', { colspan: limit + 2, className: 'problem', text: 'Problem: ' + sentence(r.error) }));
      } else {
        row.appendChild(el('td', { 'data-label': heads[1], text: r.hollandCode || '—' }));
        if (r.understood === false) {
          row.appendChild(el('td', { colspan: limit, 'data-label': heads[2],
            text: 'Nothing to match yet: ask the learner for more about what they like.' }));
        } else {
          for (var j = 0; j < limit; j++) {
            var c = r.clusters && r.clusters[j];
            var label = heads[2 + j];
            if (!c) {
              row.appendChild(el('td', { 'data-label': label }));
              continue;
            }
            var cellNode = el('td', { 'data-label': label }, c.title + ' ',
              el('span', { className: 'match-score', text: '(' + (c.fit ? FIT_WORDS[c.fit] : wholeScore(c.score)) + ')' }));
            if (c.appliesIn && c.appliesIn.length) {
              cellNode.appendChild(el('span', { className: 'applies',
                text: 'in ' + listWords(c.appliesIn.map(function (a) { return a.title; })) }));
            }
            row.appendChild(cellNode);
          }
        }
        row.appendChild(el('td', { 'data-label': 'Problem', className: 'no-problem', text: 'None' }));
      }
      tbody.appendChild(row);
    });
    $('batch-results').hidden = false;
  }

  // ---------------------------------------------------------------- start

  function start() {
    setupTabs();
    setupInterests();
    setupSkills();
    var frameworksLoaded = setupFrameworks();
    setupMatchForm();
    setupBatch();
    restoreShared(frameworksLoaded);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
