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
  var REASONS_SHOWN = 8;

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

  /** Lower case, no accents: how words are compared for highlighting. */
  function fold(word) {
    return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
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
  var matchController = null;
  var frameworkTimer = null;

  function setupFrameworks() {
    var select = $('framework');
    getJson('frameworks').then(function (frameworks) {
      var current = select.value;
      clear(select);
      frameworks.forEach(function (f) {
        select.appendChild(el('option', { value: f.id, text: f.name }));
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
    postJson('matches', payload, controller ? controller.signal : undefined).then(function (answer) {
      if (controller !== matchController) {
        return;
      }
      lastProfile = profile;
      renderResults(answer, profile);
      var best = answer.clusters[0];
      status.textContent = 'We found ' + answer.clusters.length + ' matches.'
        + (best ? ' Your best match is ' + best.title + ', with a score of ' + wholeScore(best.score)
          + ' out of 100.' : '');
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
      $('results').hidden = true;
      clear($('ranking'));
      hideError($('match-error'));
      $('match-status').textContent = 'Cleared. You can start again.';
      $('interests').focus();
    });
  }

  // ---------------------------------------------------------------- results

  var TYPE_WORDS = {
    'cluster': 'this cluster',
    'sub-cluster': 'a part of this cluster',
    'skill': 'a skill',
    'occupation': 'a job',
    'emerging occupation': 'a new job',
    'SOC occupation': 'a job',
    'program of study': 'a school program',
    'place of work': 'a place to work',
    'interest phrase': 'an interest',
    'cross-cutting application': 'a way this work is used'
  };

  /** The leaves of an explanation (what each input added), and the notes of its inner lines. */
  function leavesOf(node, out, notes) {
    if (!node.children || node.children.length === 0) {
      out.push(node);
      return;
    }
    var m = /^from the (2024 (?:cluster|sub-cluster) .+)$/.exec(node.description || '');
    if (m) {
      notes.push('This group is based on the ' + m[1] + '.');
    }
    node.children.forEach(function (c) { leavesOf(c, out, notes); });
  }

  function isWholeText(leaf, normalizedInterests) {
    var ev = leaf.evidence;
    return /^all your words together/.test(leaf.description || '')
      || (ev && ev.inputKind === 'interests' && ev.input.split(' ').length > 2 && ev.input === normalizedInterests);
  }

  /** One reason in plain words, e.g. "You wrote 'animals' — it matches 'Veterinary Technician' (a job) — ...". */
  function reasonItem(leaf, normalizedInterests) {
    var ev = leaf.evidence;
    var li = el('li');
    if (!ev) {
      var d = leaf.description || '';
      var boost = /^cross-cutting boost: (.*)$/.exec(d);
      append(li, boost ? 'Bonus: ' + boost[1] : sentence(d).replace(/\.$/, ''));
      append(li, [' \u2014 counted ', el('span', { className: 'points', text: pointsText(leaf.value) }), '.']);
      return li;
    }
    var more = /and (\d+) more$/.exec(leaf.description || '');
    var what = TYPE_WORDS[ev.entityType] || ev.entityType;
    var byMeaning = ev.similarity !== null && ev.similarity !== undefined;
    if (ev.inputKind === 'skill') {
      append(li, ['Your skill ', el('span', { className: 'quote', text: '\'' + ev.input + '\'' })]);
    } else if (isWholeText(leaf, normalizedInterests)) {
      append(li, byMeaning ? 'What you wrote' : 'All your words together');
    } else if (byMeaning) {
      append(li, ['You wrote ', el('span', { className: 'quote', text: '\'' + ev.input + '\'' })]);
    } else {
      append(li, ['You wrote ', el('span', { className: 'quote', text: '\'' + (ev.correctedFrom || ev.input) + '\'' })]);
      if (ev.correctedFrom) {
        append(li, ' (we fixed the spelling)');
      }
    }
    if (byMeaning && ev.correctedFrom) {
      append(li, ' (a word looks misspelled, so this counts less)');
    }
    var link = byMeaning ? ' \u2014 it means something close to ' : ' \u2014 it matches ';
    append(li, [link, el('span', { className: 'quote', text: '\'' + ev.entityTitle + '\'' }),
      ' (' + what + ')']);
    if (more) {
      append(li, ' and ' + more[1] + (more[1] === '1' ? ' more thing' : ' more things'));
    }
    append(li, [' \u2014 counted ', el('span', { className: 'points', text: pointsText(leaf.value) }), '.']);
    return li;
  }

  var WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

  function wordsOf(text) {
    return (String(text).match(WORD) || []).map(fold);
  }

  /**
   * Does a word of the learner's text carry one of the analyzed terms that matched? Terms are stems ("anim" for
   * "animals", "happi" for "happy"), so a word carries a term it starts with, give or take the stem's last letter.
   */
  function carries(word, terms) {
    return terms.some(function (t) {
      return t && (word.indexOf(t) === 0 || (t.length >= 4 && word.indexOf(t.slice(0, -1)) === 0));
    });
  }

  /**
   * The learner's words that matched something for a cluster (folded, as keys of an object). A single word that
   * matched counts whole (it may have matched through a synonym); of a longer input (a phrase, or all the words
   * together) only the words that carry a matched term count, so "i love animals" marks "animals", not "i".
   */
  function matchedWords(leaves) {
    var words = {};
    leaves.forEach(function (l) {
      var ev = l.evidence;
      if (!ev || ev.inputKind !== 'interests') {
        return;
      }
      var input = wordsOf(ev.input);
      if (ev.correctedFrom) {
        wordsOf(ev.correctedFrom).forEach(function (w) { words[w] = true; });
      } else if (input.length === 1) {
        words[input[0]] = true;
      } else {
        var terms = [];
        (ev.matchedTerms || []).forEach(function (t) { terms = terms.concat(String(t).split(/\s+/).map(fold)); });
        input.forEach(function (w) {
          if (carries(w, terms)) {
            words[w] = true;
          }
        });
      }
    });
    return words;
  }

  /** A copy of the learner's text with the words that matched marked. */
  function highlighted(text, words) {
    var p = el('p', { className: 'your-words' });
    var re = new RegExp(WORD.source, 'gu');
    var last = 0;
    var found = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      var word = fold(m[0]);
      var bare = word.replace(/['\u2019]s$/, '');
      if (words[word] || words[bare]) {
        append(p, text.slice(last, m.index));
        p.appendChild(el('mark', { text: m[0] }));
        last = m.index + m[0].length;
        found++;
      }
    }
    append(p, text.slice(last));
    return found ? p : null;
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

  function clusterDetail(c, answer, profile) {
    var normalized = profile.interests.toLowerCase().replace(/\s+/g, ' ').trim();
    var detail = el('div', { className: 'detail' });

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

    var leaves = [];
    var notes = [];
    leavesOf(c.explanation, leaves, notes);
    notes.forEach(function (n) { detail.appendChild(el('p', { className: 'hint', text: n })); });

    var positive = leaves.filter(function (l) { return l.value > 0; })
      .sort(function (a, b) { return b.value - a.value; });
    detail.appendChild(el('h3', { text: 'Why it fits you' }));
    if (positive.length === 0) {
      detail.appendChild(el('p', { text: 'Nothing you wrote matched this one.' }));
    } else {
      var ul = el('ul', { className: 'reasons' });
      positive.slice(0, REASONS_SHOWN).forEach(function (l) { ul.appendChild(reasonItem(l, normalized)); });
      detail.appendChild(ul);
      if (positive.length > REASONS_SHOWN) {
        var rest = positive.length - REASONS_SHOWN;
        detail.appendChild(el('p', { className: 'hint',
          text: 'Plus ' + rest + (rest === 1 ? ' smaller reason.' : ' smaller reasons.') }));
      }
    }

    if (profile.interests) {
      var copy = highlighted(profile.interests, matchedWords(positive));
      if (copy) {
        detail.appendChild(el('h3', { text: 'Your words that matched' }));
        detail.appendChild(copy);
      }
    }

    var grid = el('div', { className: 'detail-grid' });
    var left = el('div');
    var right = el('div');
    if (c.subClusters && c.subClusters.length) {
      left.appendChild(el('h3', { text: answer.framework === 'nccf-2024' ? 'Parts of this cluster' : 'Pathways' }));
      var subs = el('ul', { className: 'subs' });
      c.subClusters.forEach(function (s) {
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
    return detail;
  }

  function renderResults(answer, profile) {
    var list = $('ranking');
    clear(list);
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

    answer.clusters.forEach(function (c) {
      var name = el('span', { className: 'name' }, el('span', { className: 'title', text: c.title }));
      if (c.crossCutting && c.appliesIn && c.appliesIn.length) {
        name.appendChild(el('span', { className: 'applies',
          text: 'in ' + listWords(c.appliesIn.map(function (a) { return a.title; })) }));
      } else if (c.crossCutting) {
        name.appendChild(el('span', { className: 'applies', text: 'used in every kind of work' }));
      }
      var summary = el('summary', null,
        el('span', { className: 'rank' }, el('span', { className: 'visually-hidden', text: 'Rank ' }), String(c.rank)),
        name,
        bar(c.score),
        el('span', { className: 'score' }, wholeScore(c.score),
          el('span', { className: 'visually-hidden', text: ' out of 100' })));
      var details = el('details', { 'data-cluster': c.id }, summary);
      var built = false;
      details.addEventListener('toggle', function () {
        if (details.open && !built) {
          built = true;
          details.appendChild(clusterDetail(c, answer, profile));
        }
      });
      list.appendChild(el('li', { className: 'cluster' }, details));
    });
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
      var path = 'matches/batch?limit=' + encodeURIComponent(limit);
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
    var head = el('tr', null, el('th', { scope: 'col', text: 'Learner code' }));
    for (var i = 0; i < limit; i++) {
      head.appendChild(el('th', { scope: 'col', text: ORDINALS[i] || (i + 1) + 'th match' }));
    }
    head.appendChild(el('th', { scope: 'col', text: 'Problem' }));
    thead.appendChild(head);

    results.slice(0, PREVIEW_ROWS).forEach(function (r) {
      var row = el('tr', { className: r.error ? 'failed' : null },
        el('th', { scope: 'row', text: r.ref || '(no code)' }));
      if (r.error) {
        // across the match columns, so the problem is seen next to the code on a phone too, without scrolling
        row.appendChild(el('td', { colspan: limit + 1, text: 'Problem: ' + sentence(r.error) }));
      } else {
        for (var j = 0; j < limit; j++) {
          var c = r.clusters && r.clusters[j];
          row.appendChild(c
            ? el('td', null, c.title + ' ', el('span', { className: 'match-score', text: '(' + wholeScore(c.score) + ')' }))
            : el('td'));
        }
        row.appendChild(el('td'));
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
    setupFrameworks();
    setupMatchForm();
    setupBatch();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
