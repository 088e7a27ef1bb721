/*
 * Samspill – the embeddable chat widget. Plain JavaScript, no build step.
 *
 *   <script src="https://HOST/widget.js" data-role="folkevalgt" data-api="https://HOST" defer></script>
 *
 * Optional attributes: data-api (default: where this file came from), data-role (folkevalgt,
 * planlegger or leder), data-target (a CSS selector to render into; default: where the script tag
 * is), data-api-key (only when the service uses API keys and not single sign-on).
 *
 * The widget lives in a Shadow DOM so the host page's CSS cannot break it. Everything that comes
 * from the service or the user is put on the page with textContent, never as markup.
 * Flow: ask() → POST /api/ask/stream → SseParser → onSources / onDelta / onDone.
 */
(function () {
  "use strict";

  var ROLES = [["folkevalgt", "Folkevalgt"], ["planlegger", "Planlegger"], ["leder", "Leder"]];
  var LABELS = { fact: "Fakta", professional_advice: "Faglig råd", political_choice: "Politisk valg" };
  var REASONS = [["wrong_source", "Feil kilde"], ["political_bias", "Politisk slagside"], ["missing_answer", "Mangler svar"]];
  var TEXT = {
    title: "Spør Samspill",
    intro: "Still spørsmål om planarbeidet: KS-notatet om samspill, samfunnsdelen og kunnskapsgrunnlaget.",
    disclaimer: "Svarene lages av et KI-system ut fra dokumentene i kunnskapsbasen. " +
      "Kontroller alltid svaret mot kildene før du bruker det.",
    roleLegend: "Jeg spør som",
    questionLabel: "Spørsmålet ditt",
    questionHint: "Enter sender spørsmålet, Shift+Enter gir ny linje.",
    send: "Spør",
    working: "Henter svar …",
    ready: "Svaret er klart.",
    emptyQuestion: "Skriv et spørsmål først.",
    networkError: "Fikk ikke kontakt med Samspill. Sjekk nettverket og prøv igjen.",
    answerHeading: "Svar",
    insufficient: "Ikke nok grunnlag i kildene",
    notice: "Merk",
    sources: "Kilder",
    uncited: "nærmeste treff, ikke sitert i svaret",
    source: "Kilde",
    showSource: "Vis kilde: ",
    document: "Dokument",
    section: "Del",
    page: "Side",
    file: "Fil",
    closeSource: "Lukk kilden",
    passage: "Utdrag fra kilden",
    labelPrefix: "Merkelapp: ",
    suggestions: "Du kan også spørre:",
    feedbackQuestion: "Var svaret nyttig?",
    yes: "Ja",
    no: "Nei",
    whatWrong: "Hva var galt?",
    comment: "Kommentar (valgfritt)",
    sendFeedback: "Send tilbakemelding",
    thanks: "Takk for tilbakemeldingen.",
    feedbackFailed: "Tilbakemeldingen kunne ikke sendes."
  };

  var CSS = [
    ":host { all: initial; display: block; }",
    ".samspill { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f2328;",
    "  background: #ffffff; border: 1px solid #8c959f; border-radius: 8px; padding: 1rem 1.25rem; max-width: 46rem; box-sizing: border-box; }",
    ".samspill *, .samspill *::before, .samspill *::after { box-sizing: inherit; }",
    "h2 { font-size: 1.25rem; margin: 0 0 .25rem; } h3 { font-size: 1.05rem; margin: 1rem 0 .5rem; }",
    "p { margin: .25rem 0 .75rem; }",
    ".intro, .hint { color: #424a53; } .hint { font-size: .875rem; margin: .25rem 0 0; }",
    ".disclaimer { background: #f6f8fa; border-left: 4px solid #57606a; padding: .5rem .75rem; font-size: .9rem; }",
    "fieldset { border: 0; padding: 0; margin: .75rem 0; }",
    "legend, label.question { font-weight: 600; display: block; margin-bottom: .25rem; }",
    ".roles label { margin-right: 1rem; white-space: nowrap; cursor: pointer; }",
    "textarea { width: 100%; min-height: 4.5rem; font: inherit; color: inherit; background: #fff; padding: .5rem;",
    "  border: 1px solid #57606a; border-radius: 6px; resize: vertical; }",
    "button { font: inherit; cursor: pointer; border-radius: 6px; }",
    ".primary { background: #0b57d0; color: #ffffff; border: 1px solid #0b57d0; padding: .45rem 1.1rem; margin-top: .5rem; }",
    ".primary:hover { background: #0842a0; }",
    ".primary:disabled { background: #57606a; border-color: #57606a; cursor: wait; }",
    ".secondary { background: #ffffff; color: #0b57d0; border: 1px solid #0b57d0; padding: .3rem .8rem; margin-right: .5rem; }",
    ".secondary[aria-pressed='true'] { background: #0b57d0; color: #ffffff; }",
    ":focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }",
    "textarea:focus-visible { outline-offset: 0; }",
    ".status { min-height: 1.5rem; color: #424a53; font-size: .9rem; margin: .5rem 0; }",
    ".error { color: #a40e26; background: #fff0f0; border: 1px solid #a40e26; border-radius: 6px; padding: .5rem .75rem; }",
    ".notice { background: #fff4e5; border: 1px solid #9a4a00; border-radius: 6px; padding: .5rem .75rem; color: #4d2600; }",
    ".insufficient { background: #f1f5f9; border: 1px solid #57606a; border-radius: 6px; padding: .5rem .75rem; }",
    ".answer p { margin: 0 0 .75rem; }",
    ".cite { background: #ffffff; color: #0b57d0; border: 1px solid #0b57d0; padding: 0 .3rem; margin-left: .2rem;",
    "  font-size: .85rem; line-height: 1.3; vertical-align: baseline; }",
    ".cite[aria-expanded='true'] { background: #0b57d0; color: #ffffff; }",
    ".badge { display: inline-block; font-size: .75rem; font-weight: 600; border-radius: 999px; padding: 0 .5rem;",
    "  margin-left: .3rem; border: 1px solid currentColor; vertical-align: baseline; }",
    ".badge-fact { background: #e6f4ea; color: #0b5d1e; }",
    ".badge-professional_advice { background: #e8f0fe; color: #1a3f8f; }",
    ".badge-political_choice { background: #fde8e8; color: #8a1c1c; }",
    ".viewer { border: 2px solid #0b57d0; border-radius: 6px; padding: .5rem .75rem; margin: .75rem 0; }",
    ".viewer h3 { margin-top: .25rem; }",
    ".viewer dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: 0 0 .5rem; font-size: .9rem; }",
    ".viewer dt { font-weight: 600; } .viewer dd { margin: 0; overflow-wrap: anywhere; }",
    ".passage { white-space: pre-wrap; max-height: 16rem; overflow: auto; background: #f6f8fa; margin: 0 0 .5rem;",
    "  padding: .5rem .75rem; border-left: 4px solid #0b57d0; }",
    ".source-list { padding-left: 0; list-style: none; margin: 0; }",
    ".source-list button { background: none; border: 0; color: #0b57d0; text-decoration: underline; text-align: left; padding: .15rem 0; }",
    ".suggestions button { display: block; background: none; border: 0; color: #0b57d0; text-decoration: underline; text-align: left; padding: .15rem 0; }",
    ".icon { width: 1em; height: 1em; vertical-align: -0.125em; margin-right: .35rem; } .icon.down { transform: rotate(180deg); }",
    ".feedback { border-top: 1px solid #d0d7de; margin-top: 1rem; padding-top: .5rem; }",
    ".feedback fieldset label { display: block; }",
    ".sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }",
    "[hidden] { display: none !important; }"
  ].join("\n");

  /* ------------------------------------------------------------ DOM building: text only */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === false || value === null || value === undefined) return;
      node.setAttribute(name, value === true ? "" : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  var THUMB = "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 " +
    "7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z";

  function icon(pathData, className) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "icon " + (className || ""));
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", pathData);
    path.setAttribute("fill", "currentColor");
    svg.appendChild(path);
    return svg;
  }

  function srOnly(text) {
    return el("span", { "class": "sr" }, [text]);
  }

  /* ------------------------------------------------------------ Server-Sent Events over fetch */

  function SseParser(onEvent) {
    this.onEvent = onEvent;
    this.buffer = "";
    this.eventName = "";
    this.data = [];
  }

  SseParser.prototype.push = function (chunk) {
    this.buffer += chunk;
    var match;
    var lineEnd = /\r\n|\r|\n/;
    while ((match = lineEnd.exec(this.buffer)) !== null) {
      if (match[0] === "\r" && match.index === this.buffer.length - 1) break; // "\r\n" may be split
      var line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      this.line(line);
    }
  };

  SseParser.prototype.finish = function () {
    if (this.buffer) this.line(this.buffer);
    this.buffer = "";
    this.line("");
  };

  SseParser.prototype.line = function (line) {
    if (line === "") {
      if (this.data.length) this.onEvent(this.eventName || "message", this.data.join("\n"));
      this.eventName = "";
      this.data = [];
      return;
    }
    if (line.charAt(0) === ":") return; // comment / keep-alive ping
    var colon = line.indexOf(":");
    var field = colon < 0 ? line : line.slice(0, colon);
    var value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") this.eventName = value;
    else if (field === "data") this.data.push(value);
  };

  /* ------------------------------------------------------------ the widget */

  function Widget(host, options) {
    this.options = options;
    this.controller = null;
    this.sources = [];
    this.last = null;
    this.opener = null;
    host.setAttribute("lang", "nb");
    this.root = host.attachShadow({ mode: "open" });
    this.root.appendChild(el("style", {}, [CSS]));
    this.root.appendChild(this.build());
  }

  Widget.prototype.build = function () {
    var self = this;
    this.question = el("textarea", { id: "samspill-question", name: "question", rows: 3,
      "aria-describedby": "samspill-hint", autocomplete: "off" });
    this.send = el("button", { type: "submit", "class": "primary" }, [TEXT.send]);
    this.form = el("form", { "aria-label": TEXT.title, novalidate: true }, [
      this.buildRoles(),
      el("label", { "for": "samspill-question", "class": "question" }, [TEXT.questionLabel]),
      this.question,
      el("p", { id: "samspill-hint", "class": "hint" }, [TEXT.questionHint]),
      this.send
    ]);
    this.form.addEventListener("submit", function (event) { event.preventDefault(); self.ask(); });
    this.question.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); self.ask(); }
    });
    this.status = el("p", { "class": "status", role: "status" });
    this.error = el("div", { "class": "error", role: "alert", hidden: true });
    this.notice = el("div", { "class": "notice", role: "note", hidden: true });
    this.answer = el("div", { "class": "answer", "aria-live": "polite" });
    this.answerHeading = el("h3", { id: "samspill-answer-heading", hidden: true }, [TEXT.answerHeading]);
    this.viewer = this.buildViewer();
    this.sourceList = el("div", { "class": "sources", hidden: true });
    this.suggestions = el("div", { "class": "suggestions", hidden: true });
    this.feedback = this.buildFeedback();
    return el("section", { "class": "samspill", lang: "nb", "aria-labelledby": "samspill-title" }, [
      el("h2", { id: "samspill-title" }, [TEXT.title]),
      el("p", { "class": "intro" }, [TEXT.intro]),
      el("p", { "class": "disclaimer" }, [TEXT.disclaimer]),
      this.form, this.status, this.error, this.answerHeading, this.notice, this.answer, this.viewer,
      this.sourceList, this.suggestions, this.feedback
    ]);
  };

  Widget.prototype.buildRoles = function () {
    var chosen = this.options.role;
    var labels = ROLES.map(function (role) {
      var input = el("input", { type: "radio", name: "samspill-role", value: role[0], checked: role[0] === chosen });
      return el("label", {}, [input, " " + role[1]]);
    });
    this.roleSet = el("fieldset", { "class": "roles" }, [el("legend", {}, [TEXT.roleLegend])].concat(labels));
    return this.roleSet;
  };

  Widget.prototype.role = function () {
    var checked = this.roleSet.querySelector("input:checked");
    return checked ? checked.value : this.options.role;
  };

  Widget.prototype.headers = function () {
    var headers = { "Content-Type": "application/json", "Accept": "text/event-stream" };
    if (this.options.apiKey) headers["X-API-Key"] = this.options.apiKey;
    return headers;
  };

  /* ------------------------------------------------------------ asking and streaming */

  Widget.prototype.ask = function (text) {
    var self = this;
    var question = (text === undefined ? this.question.value : text).trim();
    if (!question) { this.showError(TEXT.emptyQuestion); this.question.focus(); return; }
    if (this.controller) this.controller.abort();
    var controller = this.controller = new AbortController();
    this.reset();
    this.status.textContent = TEXT.working;
    this.send.disabled = true;
    var parser = new SseParser(function (name, data) { self.onEvent(name, data); });
    fetch(this.options.api + "/api/ask/stream", {
      method: "POST", headers: this.headers(), credentials: "include", signal: controller.signal,
      body: JSON.stringify({ question: question, role: this.role() })
    }).then(function (response) {
      if (!response.ok) return self.failed(response);
      return self.read(response, parser);
    }).catch(function (err) {
      if (err && err.name === "AbortError") return;
      self.showError(TEXT.networkError);
    }).then(function () {
      if (self.controller === controller) self.send.disabled = false;
    });
  };

  Widget.prototype.read = function (response, parser) {
    var decoder = new TextDecoder("utf-8");
    if (!response.body || !response.body.getReader) {
      return response.text().then(function (all) { parser.push(all); parser.finish(); });
    }
    var reader = response.body.getReader();
    function pump() {
      return reader.read().then(function (step) {
        if (step.done) { parser.push(decoder.decode()); parser.finish(); return; }
        parser.push(decoder.decode(step.value, { stream: true }));
        return pump();
      });
    }
    return pump();
  };

  Widget.prototype.failed = function (response) {
    var self = this;
    return response.json().then(function (body) {
      var message = body && body.error && body.error.message;
      self.showError(typeof message === "string" ? message : TEXT.networkError);
    }, function () { self.showError(TEXT.networkError); });
  };

  Widget.prototype.onEvent = function (name, data) {
    var payload;
    try { payload = JSON.parse(data); } catch (e) { return; }
    if (name === "sources") this.onSources(payload);
    else if (name === "delta") this.onDelta(payload && payload.text);
    else if (name === "done") this.onDone(payload);
  };

  Widget.prototype.onSources = function (sources) {
    this.sources = Array.isArray(sources) ? sources : [];
    this.answerHeading.hidden = false;
    this.live = el("p");
    this.answer.appendChild(this.live);
  };

  Widget.prototype.onDelta = function (text) {
    if (typeof text !== "string") return;
    if (!this.live) this.onSources([]);
    var parts = text.split(/\n{2,}/);
    for (var i = 0; i < parts.length; i++) {
      if (i > 0) { this.live = el("p"); this.answer.appendChild(this.live); }
      this.live.appendChild(document.createTextNode(i > 0 ? parts[i].replace(/^\s+/, "") : parts[i]));
    }
  };

  Widget.prototype.onDone = function (ask) {
    if (!ask || typeof ask.answer !== "string") return;
    this.last = ask;
    this.sources = Array.isArray(ask.sources) ? ask.sources : this.sources;
    this.renderAnswer(ask);
    this.renderNotice(ask);
    this.renderSourceList();
    this.renderSuggestions(ask.suggestions);
    this.feedback.hidden = false;
    this.status.textContent = TEXT.ready;
  };

  /* ------------------------------------------------------------ rendering the answer */

  Widget.prototype.renderAnswer = function (ask) {
    var self = this;
    var box = this.answer;
    clear(box);
    if (ask.insufficient_evidence) {
      box.appendChild(el("div", { "class": "insufficient" }, [el("strong", {}, [TEXT.insufficient]), el("p", {}, [ask.answer])]));
      return;
    }
    var sentences = Array.isArray(ask.sentences) ? ask.sentences : [];
    var paragraph = el("p");
    box.appendChild(paragraph);
    var cursor = 0;
    sentences.forEach(function (sentence) {
      var at = ask.answer.indexOf(sentence.text, cursor);
      if (at > cursor && /\n\s*\n/.test(ask.answer.slice(cursor, at)) && paragraph.firstChild) {
        paragraph = el("p");
        box.appendChild(paragraph);
      }
      if (at >= 0) cursor = at + sentence.text.length;
      if (paragraph.firstChild) paragraph.appendChild(document.createTextNode(" "));
      paragraph.appendChild(self.renderSentence(sentence));
    });
    if (!sentences.length) paragraph.textContent = ask.answer;
  };

  Widget.prototype.renderSentence = function (sentence) {
    var self = this;
    var span = el("span", { "class": "sentence sentence-" + sentence.label }, [String(sentence.text)]);
    (sentence.sources || []).forEach(function (number) { span.appendChild(self.citation(number)); });
    if (LABELS[sentence.label]) {
      span.appendChild(el("span", { "class": "badge badge-" + sentence.label, "data-label": sentence.label },
        [srOnly(TEXT.labelPrefix), LABELS[sentence.label]]));
    }
    return span;
  };

  Widget.prototype.citation = function (number) {
    var self = this;
    var source = this.sourceById(number);
    var button = el("button", { type: "button", "class": "cite", "data-source": number,
      "aria-expanded": "false", "aria-controls": "samspill-viewer" },
      ["[" + number + "]", srOnly(" " + TEXT.showSource + (source ? source.document : String(number)))]);
    button.addEventListener("click", function () { self.openSource(number, button); });
    return button;
  };

  Widget.prototype.sourceById = function (number) {
    for (var i = 0; i < this.sources.length; i++) if (this.sources[i].id === number) return this.sources[i];
    return null;
  };

  Widget.prototype.renderNotice = function (ask) {
    clear(this.notice);
    if (!ask.notice) { this.notice.hidden = true; return; }
    this.notice.appendChild(el("strong", {}, [TEXT.notice + ": "]));
    this.notice.appendChild(document.createTextNode(String(ask.notice)));
    this.notice.hidden = false;
  };

  Widget.prototype.renderSourceList = function () {
    var self = this;
    clear(this.sourceList);
    if (!this.sources.length) { this.sourceList.hidden = true; return; }
    var list = el("ol", { "class": "source-list" });
    this.sources.forEach(function (source) {
      var button = el("button", { type: "button", "aria-controls": "samspill-viewer" }, [
        "[" + source.id + "] " + describe(source) + (source.cited === false ? " (" + TEXT.uncited + ")" : "")]);
      button.addEventListener("click", function () { self.openSource(source.id, button); });
      list.appendChild(el("li", {}, [button]));
    });
    this.sourceList.appendChild(el("h3", {}, [TEXT.sources]));
    this.sourceList.appendChild(list);
    this.sourceList.hidden = false;
  };

  function describe(source) {
    var parts = [source.document];
    if (source.section) parts.push(source.section);
    if (source.page !== null && source.page !== undefined) parts.push("s. " + source.page);
    return parts.join(" – ");
  }

  Widget.prototype.renderSuggestions = function (suggestions) {
    var self = this;
    clear(this.suggestions);
    if (!Array.isArray(suggestions) || !suggestions.length) { this.suggestions.hidden = true; return; }
    this.suggestions.appendChild(el("h3", {}, [TEXT.suggestions]));
    suggestions.forEach(function (text) {
      var button = el("button", { type: "button" }, [String(text)]);
      button.addEventListener("click", function () { self.question.value = String(text); self.ask(); });
      self.suggestions.appendChild(button);
    });
    this.suggestions.hidden = false;
  };

  /* ------------------------------------------------------------ the source viewer */

  Widget.prototype.buildViewer = function () {
    var self = this;
    this.viewerTitle = el("h3", { id: "samspill-viewer-title", tabindex: "-1" });
    this.viewerFacts = el("dl");
    this.viewerText = el("div", { "class": "passage", role: "region", tabindex: "0", "aria-label": TEXT.passage });
    var close = el("button", { type: "button", "class": "secondary" }, [TEXT.closeSource]);
    close.addEventListener("click", function () { self.closeSource(); });
    var viewer = el("div", { id: "samspill-viewer", "class": "viewer", role: "region",
      "aria-labelledby": "samspill-viewer-title", hidden: true }, [this.viewerTitle, this.viewerFacts, this.viewerText, close]);
    viewer.addEventListener("keydown", function (event) { if (event.key === "Escape") self.closeSource(); });
    return viewer;
  };

  Widget.prototype.openSource = function (number, opener) {
    var source = this.sourceById(number);
    if (!source) return;
    this.markOpen(number);
    this.opener = opener;
    this.viewerTitle.textContent = TEXT.source + " [" + number + "]: " + source.document;
    clear(this.viewerFacts);
    var facts = [[TEXT.document, source.document], [TEXT.section, source.section],
      [TEXT.page, source.page === null || source.page === undefined ? null : String(source.page)], [TEXT.file, source.path]];
    var list = this.viewerFacts;
    facts.forEach(function (fact) {
      if (!fact[1]) return;
      list.appendChild(el("dt", {}, [fact[0]]));
      list.appendChild(el("dd", {}, [String(fact[1])]));
    });
    this.viewerText.textContent = String(source.text || "");
    this.viewer.hidden = false;
    this.viewerTitle.focus();
  };

  Widget.prototype.closeSource = function () {
    this.viewer.hidden = true;
    this.markOpen(null);
    if (this.opener && this.opener.isConnected) this.opener.focus();
    this.opener = null;
  };

  Widget.prototype.markOpen = function (number) {
    Array.prototype.forEach.call(this.answer.querySelectorAll(".cite"), function (button) {
      button.setAttribute("aria-expanded", String(Number(button.getAttribute("data-source")) === number));
    });
  };

  /* ------------------------------------------------------------ feedback */

  Widget.prototype.buildFeedback = function () {
    var self = this;
    this.thumbUp = el("button", { type: "button", "class": "secondary", "aria-pressed": "false" },
      [icon(THUMB), TEXT.yes]);
    this.thumbDown = el("button", { type: "button", "class": "secondary", "aria-pressed": "false" },
      [icon(THUMB, "down"), TEXT.no]);
    this.reasonBoxes = REASONS.map(function (reason) {
      return el("input", { type: "checkbox", name: "samspill-reason", value: reason[0] });
    });
    this.comment = el("textarea", { id: "samspill-comment", rows: 2 });
    var sendReasons = el("button", { type: "button", "class": "primary" }, [TEXT.sendFeedback]);
    this.reasons = el("fieldset", { hidden: true }, [el("legend", {}, [TEXT.whatWrong])].concat(
      REASONS.map(function (reason, i) { return el("label", {}, [self.reasonBoxes[i], " " + reason[1]]); }),
      [el("label", { "for": "samspill-comment" }, [TEXT.comment]), this.comment, sendReasons]));
    this.feedbackStatus = el("p", { role: "status" });
    this.thumbUp.addEventListener("click", function () { self.press(self.thumbUp); self.sendFeedback("up", []); });
    this.thumbDown.addEventListener("click", function () {
      self.press(self.thumbDown);
      self.reasons.hidden = false;
      self.reasonBoxes[0].focus();
    });
    sendReasons.addEventListener("click", function () {
      var chosen = self.reasonBoxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
      self.sendFeedback("down", chosen);
    });
    return el("div", { "class": "feedback", role: "group", "aria-labelledby": "samspill-feedback-q", hidden: true }, [
      el("p", { id: "samspill-feedback-q" }, [TEXT.feedbackQuestion]),
      el("div", {}, [this.thumbUp, this.thumbDown]), this.reasons, this.feedbackStatus]);
  };

  Widget.prototype.press = function (button) {
    this.thumbUp.setAttribute("aria-pressed", String(button === this.thumbUp));
    this.thumbDown.setAttribute("aria-pressed", String(button === this.thumbDown));
  };

  Widget.prototype.sendFeedback = function (rating, reasons) {
    var self = this;
    var ask = this.last || {};
    var headers = this.headers();
    headers.Accept = "application/json";
    fetch(this.options.api + "/api/feedback", {
      method: "POST", headers: headers, credentials: "include",
      body: JSON.stringify({ rating: rating, reasons: reasons, question: ask.question || "", role: ask.role || null,
        answer: ask.answer || "", comment: rating === "down" ? this.comment.value : "" })
    }).then(function (response) {
      self.feedbackStatus.textContent = response.ok ? TEXT.thanks : TEXT.feedbackFailed;
      if (response.ok) self.reasons.hidden = true;
    }, function () { self.feedbackStatus.textContent = TEXT.feedbackFailed; });
  };

  /* ------------------------------------------------------------ state */

  Widget.prototype.reset = function () {
    clear(this.answer);
    this.live = null;
    this.sources = [];
    this.last = null;
    this.error.hidden = true;
    this.notice.hidden = true;
    this.answerHeading.hidden = true;
    this.viewer.hidden = true;
    this.sourceList.hidden = true;
    this.suggestions.hidden = true;
    this.feedback.hidden = true;
    this.reasons.hidden = true;
    this.feedbackStatus.textContent = "";
    this.comment.value = "";
    this.reasonBoxes.forEach(function (box) { box.checked = false; });
    this.press(null);
  };

  Widget.prototype.showError = function (message) {
    this.status.textContent = "";
    this.error.textContent = message;
    this.error.hidden = false;
  };

  /* ------------------------------------------------------------ start-up */

  function options(script) {
    var data = script ? script.dataset : {};
    var origin = script && script.src ? new URL(script.src, document.baseURI).origin : window.location.origin;
    var role = ROLES.some(function (r) { return r[0] === data.role; }) ? data.role : "folkevalgt";
    return { api: (data.api || origin).replace(/\/+$/, ""), role: role, apiKey: data.apiKey || null, target: data.target || null };
  }

  function mount(script, settings) {
    var host = el("div", { "class": "samspill-widget" });
    var target = settings.target ? document.querySelector(settings.target) : null;
    if (target) target.appendChild(host);
    else if (script && script.parentNode && document.body && document.body.contains(script)) script.parentNode.insertBefore(host, script);
    else document.body.appendChild(host);
    return new Widget(host, settings);
  }

  var current = document.currentScript;
  var settings = options(current);
  function start() { mount(current, settings); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
