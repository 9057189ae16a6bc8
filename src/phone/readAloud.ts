/**
 * The phone page's only script: read aloud with the device's own speech (Web Speech API),
 * a row at a time or the whole page, each line in its own language, the row being read
 * highlighted. Where the device has no voice for a language, the buttons say so.
 *
 * It is a string, not a function of this module, so that what the page runs is exactly what
 * its Content-Security-Policy hash names, whatever the bundler does to functions. Plain
 * ES2017, no modules, nothing fetched.
 *
 * The page it runs in has: `[data-unit]` elements (a row or a heading), each holding
 * `[data-line]` elements (the words read, in the language of their nearest `lang`) and, for
 * rows, a `button.say`; `#read-all` and `#status`; and `[data-no-voice-for=lang]` templates
 * of the message for each language, `#no-speech` for a device that cannot speak at all.
 */
export const READ_ALOUD_SCRIPT = `(function () {
  'use strict';
  var synth = window.speechSynthesis;
  var Utterance = window.SpeechSynthesisUtterance;
  var all = document.getElementById('read-all');
  var status = document.getElementById('status');
  var units = Array.prototype.slice.call(document.querySelectorAll('[data-unit]'));
  var queue = [];
  var reading = false;

  function textOf(id) { var el = document.getElementById(id); return el ? el.textContent : ''; }
  function noVoiceText(lang) {
    var el = document.querySelector('[data-no-voice-for="' + lang + '"]');
    return el ? el.textContent : '';
  }
  function linesOf(unit) {
    return Array.prototype.slice.call(unit.querySelectorAll('[data-line]')).map(function (el) {
      var owner = el.closest('[lang]');
      return { text: el.textContent.replace(/\\s+/g, ' ').trim(), lang: owner ? owner.getAttribute('lang') : 'en', unit: unit };
    }).filter(function (l) { return l.text; });
  }
  function voices() { try { return synth.getVoices() || []; } catch (e) { return []; } }
  function voiceFor(lang) {
    var want = String(lang).toLowerCase().replace('_', '-');
    var base = want.split('-')[0];
    var list = voices();
    var near = null;
    for (var i = 0; i < list.length; i++) {
      var have = String(list[i].lang || '').toLowerCase().replace('_', '-');
      if (have === want) return list[i];
      if (!near && have.split('-')[0] === base) near = list[i];
    }
    return near;
  }
  // an empty list may only mean the voices have not loaded yet
  function lacks(lang) { return voices().length > 0 && !voiceFor(lang); }
  function setLabel(button, text) { var l = button.querySelector('.label'); if (l) l.textContent = text; }
  function say(message) { status.textContent = message; status.hidden = !message; }

  function clearMarks() { units.forEach(function (u) { u.classList.remove('speaking'); }); }
  function stop() {
    queue = [];
    reading = false;
    if (synth) synth.cancel();
    clearMarks();
    all.setAttribute('aria-pressed', 'false');
    setLabel(all, all.getAttribute('data-read'));
  }
  function next() {
    if (!reading) return;
    var line = queue.shift();
    if (!line) { stop(); return; }
    clearMarks();
    line.unit.classList.add('speaking');
    if (line.unit.scrollIntoView) line.unit.scrollIntoView({ block: 'nearest' });
    var u = new Utterance(line.text);
    u.lang = line.lang;
    var v = voiceFor(line.lang);
    // the language alone still picks a voice where this one cannot be set
    try { if (v) u.voice = v; } catch (e) { /* keep u.lang */ }
    u.onend = next;
    u.onerror = function (e) {
      if (e && (e.error === 'interrupted' || e.error === 'canceled')) return;
      say(noVoiceText(line.lang));
      next();
    };
    synth.speak(u);
  }
  function play(lines) {
    stop();
    say('');
    var missing = [];
    var ok = lines.filter(function (l) {
      if (!lacks(l.lang)) return true;
      if (missing.indexOf(l.lang) < 0) missing.push(l.lang);
      return false;
    });
    if (missing.length) say(missing.map(noVoiceText).join(' '));
    if (!ok.length) return;
    queue = ok;
    reading = true;
    all.setAttribute('aria-pressed', 'true');
    setLabel(all, all.getAttribute('data-stop'));
    next();
  }

  if (!synth || !Utterance) {
    var none = textOf('no-speech');
    document.querySelectorAll('button.say, #read-all').forEach(function (b) {
      b.setAttribute('aria-disabled', 'true');
      b.classList.add('no-voice');
      setLabel(b, none);
    });
    say(none);
    return;
  }

  /** Buttons whose lines all lack a voice say so, once the voices are known. */
  function checkVoices() {
    if (!voices().length) return;
    var buttons = [all].concat(Array.prototype.slice.call(document.querySelectorAll('button.say')));
    buttons.forEach(function (b) {
      var lines = b === all ? units.reduce(function (a, u) { return a.concat(linesOf(u)); }, []) : linesOf(b.closest('[data-unit]'));
      var langs = lines.map(function (l) { return l.lang; }).filter(function (l, i, a) { return a.indexOf(l) === i; });
      var silent = langs.length > 0 && langs.every(lacks);
      b.classList.toggle('no-voice', silent);
      if (silent) { b.setAttribute('aria-disabled', 'true'); setLabel(b, langs.map(noVoiceText).join(' ')); }
      else { b.removeAttribute('aria-disabled'); setLabel(b, b.getAttribute('data-read')); }
    });
  }
  checkVoices();
  if (synth.addEventListener) synth.addEventListener('voiceschanged', checkVoices);

  all.addEventListener('click', function () {
    if (reading) { stop(); return; }
    play(units.reduce(function (a, u) { return a.concat(linesOf(u)); }, []));
  });
  document.querySelectorAll('button.say').forEach(function (b) {
    b.addEventListener('click', function () { play(linesOf(b.closest('[data-unit]'))); });
  });
})();`;
