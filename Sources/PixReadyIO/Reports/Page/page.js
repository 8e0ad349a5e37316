// pixready page: the guided diagnostic in a browser, offline.
//
// This script decides nothing. `pixready page` compiled the tree with the Swift engine into
// states (the answers given so far) that each name the question to ask next or the diagnosis;
// the script looks states up, shows them and records the answers. It stores nothing (no cookie,
// no storage) and makes no request. The model below has no DOM: Tests/Scripts/page-conformance.js
// runs it under Node over every path of every shipped tree.
(function (global) {
  "use strict";

  // ---- Model ----

  /** A session: the answers recorded, replayed on demand (so going back forgets exactly one). */
  function Session(data) {
    this.data = data;
    this.entries = [];
    this.memory = emptyMemory();
    this.perStudent = data.facts.some(function (fact) { return !fact.school; });
  }

  /** How many answer codes a fact has; that number is the code of « je ne sais pas ». */
  Session.prototype.unknownCode = function (factIndex) {
    var fact = this.data.facts[factIndex];
    return fact.kind === "set" ? 1 << fact.values.length : fact.values.length;
  };

  /** The school's answers, the students with their own answers and names, from the entries. */
  Session.prototype.replay = function () {
    var facts = this.data.facts;
    var state = { school: {}, students: [newStudent()] };
    this.entries.forEach(function (entry, index) {
      var student = state.students[state.students.length - 1];
      if (entry.type === "answer") {
        if (facts[entry.fact].school) state.school[entry.fact] = entry.code;
        else student.answers[entry.fact] = entry.code;
        student.asked.push(index);
      } else if (entry.type === "name") {
        student.name = entry.name;
      } else {
        state.students.push(newStudent());
      }
    });
    return state;
  };

  function newStudent() {
    return { name: null, answers: {}, asked: [] };
  }

  function merged(school, own) {
    var all = {};
    Object.keys(school).forEach(function (key) { all[key] = school[key]; });
    Object.keys(own).forEach(function (key) { all[key] = own[key]; });
    return all;
  }

  /** Follows the compiled states with `answers` (fact index → code) from the start. */
  Session.prototype.walk = function (answers) {
    var data = this.data;
    var index = data.root;
    for (var guard = 0; guard <= data.facts.length + 1; guard++) {
      var state = data.states[index];
      if (!state) throw new Error("pixready: state " + index + " not found");
      var result = data.results[state[0]];
      if (result[1] < 0) return { state: index, result: result, done: true };
      var fact = data.questions[result[1]].fact;
      var code = answers[fact];
      if (code === undefined) return { state: index, result: result, asks: result[1] };
      var next = state[2][code];
      if (next === undefined) throw new Error("pixready: no answer " + code + " in state " + index);
      if (next < 0) return { state: index, result: result, asks: result[1], pending: fact };
      index = next;
    }
    throw new Error("pixready: the walk does not end");
  };

  /** Student `index`'s walk with the school's answers and their own. */
  Session.prototype.walkStudent = function (replayed, index) {
    return this.walk(merged(replayed.school, replayed.students[index].answers));
  };

  /** What the page shows now: a question, the name of the next student, a student's bilan, or the end. */
  Session.prototype.prompt = function () {
    var replayed = this.replay();
    var index = replayed.students.length - 1;
    var walk = this.walkStudent(replayed, index);
    if (walk.pending !== undefined) {
      var school = this.data.facts[walk.pending].school;
      return { kind: school || !this.perStudent ? "over" : "settled", student: index, walk: walk };
    }
    if (walk.done) return { kind: this.perStudent ? "settled" : "over", student: index, walk: walk };
    var question = this.data.questions[walk.asks];
    var fact = this.data.facts[question.fact];
    if (this.perStudent && replayed.students[index].name === null && !fact.school) {
      return { kind: "name", student: index, number: index + 1, walk: walk };
    }
    return { kind: "question", student: index, question: walk.asks, fact: question.fact, walk: walk };
  };

  /** Records an answer, then what « Modifier » or « Retour » set aside that the walk asks again. */
  Session.prototype.answer = function (code) {
    var prompt = this.prompt();
    if (prompt.kind !== "question") throw new Error("pixready: no question to answer");
    this.entries.push({ type: "answer", fact: prompt.fact, question: prompt.question, code: code });
    delete this.memory.answers[prompt.fact];
    this.replayMemory();
  };

  Session.prototype.name = function (text) {
    this.entries.push({ type: "name", name: text });
    delete this.memory.name;
    this.replayMemory();
  };

  /** Gives again the answers set aside while the walk asks for them; forgets the rest once settled. */
  Session.prototype.replayMemory = function () {
    for (;;) {
      var prompt = this.prompt();
      var memory = this.memory;
      if (prompt.kind === "question" && memory.answers[prompt.fact] !== undefined) {
        this.entries.push({ type: "answer", fact: prompt.fact, question: prompt.question, code: memory.answers[prompt.fact] });
        delete memory.answers[prompt.fact];
      } else if (prompt.kind === "name" && memory.name !== undefined) {
        this.entries.push({ type: "name", name: memory.name });
        delete memory.name;
      } else {
        if (prompt.kind === "settled" || prompt.kind === "over") this.memory = emptyMemory();
        return;
      }
    }
  };

  function emptyMemory() {
    return { answers: {}, name: undefined };
  }

  Session.prototype.nextStudent = function () {
    this.memory = emptyMemory();
    this.entries.push({ type: "next" });
  };

  /** Whether there is an entry to take back. */
  Session.prototype.canGoBack = function () {
    return this.entries.length > 0;
  };

  /** Forgets the last entry; an answer or a name is kept aside, to be offered again. */
  Session.prototype.back = function () {
    this.setAside(this.entries.splice(this.entries.length - 1));
  };

  /** Reopens the answer of entry `index`: it and the later ones are set aside, given again if asked. */
  Session.prototype.change = function (index) {
    this.setAside(this.entries.splice(index));
  };

  Session.prototype.setAside = function (removed) {
    var memory = this.memory;
    removed.forEach(function (entry) {
      if (entry.type === "answer") memory.answers[entry.fact] = entry.code;
      else if (entry.type === "name") memory.name = entry.name;
    });
  };

  /** The answers of the current student that can be changed, in the order given. */
  Session.prototype.history = function () {
    var replayed = this.replay();
    var student = replayed.students[replayed.students.length - 1];
    var entries = this.entries;
    return student.asked.map(function (index) {
      var entry = entries[index];
      return { entry: index, fact: entry.fact, question: entry.question, code: entry.code };
    });
  };

  /**
   * Every student so far, as `ask` lists them: number, name, status, result and « Pourquoi ? »;
   * `school` are the steps due to the school's answers (shown once per session), `newSchool` those
   * no earlier student's bilan showed, `own` the student's own steps and `ownWord` the verdict they
   * make (« prêt » for a student whose only steps are the school's).
   */
  Session.prototype.results = function () {
    var replayed = this.replay();
    var self = this;
    var list = [];
    var school = this.perStudent ? this.schoolSteps() : [];
    var shown = [];
    replayed.students.forEach(function (student, index) {
      var isLast = index === replayed.students.length - 1;
      var walk = self.walkStudent(replayed, index);
      var own = Object.keys(student.answers).length;
      if (index > 0 && isLast && student.name === null && own === 0) return;
      var status;
      if (walk.pending !== undefined) status = { word: "pending", fact: walk.pending, question: walk.asks };
      else if (walk.done) status = { word: walk.result[0], fact: null, question: null };
      else status = { word: "unfinished", fact: self.data.questions[walk.asks].fact, question: walk.asks };
      var answers = merged(replayed.school, student.answers);
      var trace = self.data.states[walk.state][1].map(function (question) {
        var fact = self.data.questions[question].fact;
        return { question: question, fact: fact, code: answers[fact] };
      });
      var steps = walk.result[4];
      var own = steps.filter(function (step) { return school.indexOf(step) < 0; });
      var mine = school.slice();
      var ownWord = status.word;
      if (status.fact === null) {
        if (own.length === 0) ownWord = "ready";
        else ownWord = own.some(function (step) { return self.data.steps[step].escalates; }) ? "support" : "action";
      }
      list.push({
        number: index + 1,
        name: student.name ? student.name : null,
        status: status,
        state: walk.state,
        result: walk.result,
        trace: trace,
        school: mine,
        newSchool: mine.filter(function (step) { return shown.indexOf(step) < 0; }),
        own: own,
        ownWord: ownWord,
      });
      mine.forEach(function (step) { if (shown.indexOf(step) < 0) shown.push(step); });
    });
    return list;
  };

  /** The steps due to the school's answers alone: the walk up to the first student question. */
  Session.prototype.schoolSteps = function () {
    var data = this.data;
    var school = this.replay().school;
    var index = data.root;
    for (var guard = 0; guard <= data.facts.length + 1; guard++) {
      var state = data.states[index];
      var result = data.results[state[0]];
      if (result[1] < 0) return result[4];
      var fact = data.questions[result[1]].fact;
      var code = school[fact];
      if (!data.facts[fact].school || code === undefined || state[2][code] < 0) return result[4];
      index = state[2][code];
    }
    return [];
  };

  /** Whether no student is being asked: the last one has a verdict or is pending. */
  Session.prototype.isSettled = function () {
    var kind = this.prompt().kind;
    return kind === "settled" || kind === "over";
  };

  // ---- Texts ----

  function fill(template, values) {
    return template.replace(/\{(n|name|y|month|d|h|mi|zone)\}/g, function (whole, key) {
      return String(values[key]);
    });
  }

  /** The length of a text as Swift counts it (characters, not UTF-16 units). */
  function length(text) {
    return Array.from(text).length;
  }

  /** The question in a few words, as `ask`'s « Pourquoi ? » line: the fact's short text, else cut to fit. */
  function shortQuestion(data, entry, answer) {
    var fact = data.facts[entry.fact];
    if (fact.short) return fact.short;
    var question = data.questions[entry.question].wording;
    var room = Math.max(data.say.whyRoom - length(answer), 24);
    if (length(question) <= room) return question;
    var cut = "";
    var words = question.split(" ").filter(function (word) { return word !== ""; });
    for (var index = 0; index < words.length; index++) {
      var next = cut === "" ? words[index] : cut + " " + words[index];
      if (length(next) + 1 > room) break;
      cut = next;
    }
    while (cut !== "" && ",;: ".indexOf(cut[cut.length - 1]) >= 0) cut = cut.slice(0, -1);
    return cut + "…";
  }

  /**
   * French spacing as `ask --save` typesets its file (Swift's `FrenchTypography`): an ordinary space
   * between a visible character and « : » becomes U+00A0, before « ; ? ! » and inside guillemets U+202F.
   * The page's own texts arrive typeset; this covers the names typed in the page.
   */
  function frenchTypography(text) {
    var chars = Array.from(text);
    var blank = " \t\n\r\u00a0\u202f";
    return chars.map(function (char, index) {
      if (char !== " ") return char;
      var before = index > 0 ? chars[index - 1] : null;
      var after = index + 1 < chars.length ? chars[index + 1] : null;
      if (before === "«" && after !== null && blank.indexOf(after) < 0) return "\u202f";
      if (before === null || blank.indexOf(before) >= 0 || after === null) return char;
      if (after === ":") return "\u00a0";
      if (";?!»".indexOf(after) >= 0) return "\u202f";
      return char;
    }).join("");
  }

  /** An ISO 8601 date in words, local time, as the reports and `ask --save` write it. */
  function reportDate(data, iso) {
    if (iso.length < 16 || iso[4] !== "-" || iso[7] !== "-" || iso[10] !== "T" || iso[13] !== ":") return iso;
    var month = Number(iso.slice(5, 7));
    var day = Number(iso.slice(8, 10));
    var hour = Number(iso.slice(11, 13));
    if (!(month >= 1 && month <= 12) || isNaN(day) || isNaN(hour)) return iso;
    var parts = {
      y: iso.slice(0, 4), month: data.say.months[month - 1], d: day === 1 ? data.say.firstDay : String(day),
      h: String(hour), mi: iso.slice(14, 16), zone: zoneWords(iso),
    };
    return fill(data.say.dateWords, parts);
  }

  /** The offset of an ISO 8601 date as the reports write it: « UTC », « UTC+1 », « UTC+5:30 ». */
  function zoneWords(iso) {
    if (iso[iso.length - 1] === "Z") return "UTC";
    var tail = iso.slice(-6);
    if (tail.length !== 6 || (tail[0] !== "+" && tail[0] !== "-") || tail[3] !== ":") return "UTC";
    var hours = Number(tail.slice(1, 3));
    var minutes = tail.slice(4, 6);
    if (isNaN(hours) || isNaN(Number(minutes))) return "UTC";
    if (hours === 0 && Number(minutes) === 0) return "UTC";
    return "UTC" + tail[0] + hours + (minutes === "00" ? "" : ":" + minutes);
  }

  /** Inline Markdown text, escaped as `check --format md` and `ask --save` escape it. */
  function markdownInline(text) {
    var characters = Array.from(text.replace(/\r\n/g, "\n"));
    var letter = /[\p{L}\p{N}]/u;
    return characters.map(function (character, index) {
      if ("\\`*[]<|&".indexOf(character) >= 0) return "\\" + character;
      if (character === "_") {
        var before = index > 0 && letter.test(characters[index - 1]);
        var after = index + 1 < characters.length && letter.test(characters[index + 1]);
        return before && after ? "_" : "\\_";
      }
      if (character === "\n" || character === "\r") return " ";
      if (/[\u202A-\u202E\u2066-\u2069]/.test(character)) return "\uFFFD";
      return character;
    }).join("");
  }

  /** A Markdown paragraph: inline text that cannot start a heading, quote, list or rule. */
  function markdownParagraph(text) {
    var escaped = markdownInline(text);
    if (escaped === "") return escaped;
    if ("#>+-=".indexOf(escaped[0]) >= 0 || /^[0-9]{1,9}[.)]/.test(escaped)) return "\\" + escaped;
    return escaped;
  }

  /** An answer as `ask` writes it: labels, « Aucune » for an empty set, « je ne sais pas ». */
  function answerLabel(data, factIndex, code) {
    var fact = data.facts[factIndex];
    var unknown = fact.kind === "set" ? 1 << fact.values.length : fact.values.length;
    if (code === unknown) return data.say.unknownAnswer;
    if (fact.kind !== "set") return fact.values[code];
    if (code === 0) return fact.none;
    return fact.values.filter(function (label, bit) { return (code & (1 << bit)) !== 0; }).join(", ");
  }

  /** The verdict in words: the student's own steps count, not the school's. */
  function verdictSentence(data, result) {
    if (result.own.length === 0 && result.school.length > 0 && result.ownWord !== result.status.word) {
      return data.say.verdictSchoolOnly;
    }
    var list = data.say.verdicts[result.ownWord];
    return list[Math.min(result.own.length, list.length - 1)];
  }

  function resultTitle(session, result) {
    var say = session.data.say;
    if (!session.perStudent) return say.resultTitleSingle;
    if (!result.name) return fill(say.resultTitle, { n: result.number });
    return fill(say.resultTitleNamed, { n: result.number, name: result.name });
  }

  function openQuestion(data, result) {
    if (result.status.fact === null) return null;
    var template = result.status.word === "pending" ? data.say.pendingQuestion : data.say.unfinishedQuestion;
    return fill(template, { name: data.questions[result.status.question].text });
  }

  /** « 3 élèves (1 prêt, 1 avec des actions à mener, 1 en attente d'une réponse) », as `ask` counts them. */
  function studentCount(data, results) {
    var words = [];
    var counts = {};
    results.forEach(function (result) {
      var word = result.ownWord;
      if (counts[word] === undefined) {
        words.push(word);
        counts[word] = 0;
      }
      counts[word] += 1;
    });
    var detail = words.map(function (word) {
      var forms = data.say.statusCounts[word];
      return fill(counts[word] > 1 ? forms[1] : forms[0], { n: counts[word] });
    }).join(", ");
    var noun = results.length > 1 ? data.say.studentsNoun : data.say.studentNoun;
    return results.length + " " + noun + " (" + detail + ")";
  }

  /** The session as `ask --save` writes it; `date` is ISO 8601 (with the offset, or `Z`). */
  Session.prototype.markdown = function (date) {
    var data = this.data;
    var say = data.say;
    var results = this.results();
    var ended = this.isSettled() ? say.finished : data.ui.sessionInProgress;
    var text = "# " + markdownInline(fill(say.markdownTitle, { name: data.tree.title })) + "\n\n";
    text += "- " + say.tree + " " + data.tree.identity + "\n";
    text += "- " + say.date + " " + reportDate(data, date) + "\n";
    text += "- " + say.session + " " + ended + "\n";
    text += "- " + studentCount(data, results) + "\n";
    var school = [];
    results.forEach(function (result) {
      result.school.forEach(function (step) { if (school.indexOf(step) < 0) school.push(step); });
    });
    if (school.length > 0) text += "\n## " + markdownInline(say.schoolSteps) + "\n\n" + markdownSteps(data, school);
    var self = this;
    results.forEach(function (result) {
      text += "\n" + self.markdownStudent(result);
    });
    return data.lang === "fr" ? frenchTypography(text) : text;
  };

  Session.prototype.markdownStudent = function (result) {
    var data = this.data;
    var say = data.say;
    var text = "## " + markdownInline(resultTitle(this, result)) + "\n\n";
    text += "**" + verdictSentence(data, result) + "**\n";
    if (result.result[3] >= 0) text += "\n" + markdownParagraph(data.texts[result.result[3]]) + "\n";
    var open = openQuestion(data, result);
    if (open !== null) text += "\n" + markdownParagraph(open) + "\n";
    text += "\n### " + say.answers + "\n\n";
    if (result.trace.length === 0) {
      text += say.noQuestionYet + "\n";
    } else {
      text += "| " + say.question + " | " + say.answer + " |\n| --- | --- |\n";
      result.trace.forEach(function (entry) {
        var cells = [data.questions[entry.question].text, answerLabel(data, entry.fact, entry.code)].map(function (cell) {
          var escaped = markdownInline(cell);
          return escaped === "" ? "—" : escaped;
        });
        text += "| " + cells.join(" | ") + " |\n";
      });
    }
    var notes = result.result[5];
    if (notes.length > 0) {
      text += "\n### " + say.notes + "\n\n";
      notes.forEach(function (note) { text += "- " + markdownInline(data.texts[note]) + "\n"; });
    }
    if (result.own.length > 0) {
      text += "\n### " + (result.status.fact === null ? say.steps : say.stepsSoFar) + "\n\n";
      text += markdownSteps(data, result.own);
    }
    return text;
  };

  /** Numbered steps, each with who acts and the detail. */
  function markdownSteps(data, steps) {
    return steps.map(function (stepIndex, position) {
      var step = data.steps[stepIndex];
      var who = markdownInline(data.say.who + step.who.join(", "));
      return (position + 1) + ". **" + markdownInline(step.title) + "** — " + who + "  \n" +
        "   " + markdownInline(step.detail) + "\n";
    }).join("");
  }

  var api = {
    Session: Session,
    answerLabel: answerLabel,
    verdictSentence: verdictSentence,
    resultTitle: resultTitle,
    openQuestion: openQuestion,
    studentCount: studentCount,
    shortQuestion: shortQuestion,
    reportDate: reportDate,
    markdownInline: markdownInline,
    fill: fill,
  };
  global.PixReadyPage = api;
  if (typeof module === "object" && module.exports) module.exports = api;

  // ---- View ----

  if (typeof document === "undefined") return;

  function element(name, attributes, children) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      var value = attributes[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "text") node.textContent = value;
      else if (key === "onclick") node.addEventListener("click", value);
      else node.setAttribute(key, value === true ? "" : value);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function badgeClass(word) {
    return word === "unfinished" ? "pending" : word;
  }

  function View(session) {
    this.session = session;
    this.data = session.data;
    this.live = document.getElementById("live");
    this.card = document.getElementById("card");
    this.historyNode = document.getElementById("history");
    this.summaryNode = document.getElementById("session");
  }

  View.prototype.render = function (focus) {
    var prompt;
    try {
      prompt = this.session.prompt();
    } catch (error) {
      this.say([this.data.ui.internalError]);
      return;
    }
    clear(this.card);
    if (prompt.kind === "question") this.card.appendChild(this.questionForm(prompt));
    else if (prompt.kind === "name") this.card.appendChild(this.nameForm(prompt));
    else this.card.appendChild(this.bilan(prompt));
    this.renderHistory(prompt);
    this.renderSummary();
    if (focus !== false) {
      var target = this.card.querySelector("[data-focus]");
      if (target) target.focus();
    }
  };

  /** Shows `lines` in the live region, read out by screen readers. */
  View.prototype.say = function (lines) {
    clear(this.live);
    lines.forEach(function (line) {
      this.live.appendChild(element("p", { text: line }));
    }, this);
    this.live.hidden = lines.length === 0;
  };

  View.prototype.actions = function (buttons) {
    return element("div", { class: "actions" }, buttons);
  };

  View.prototype.backButton = function () {
    var view = this;
    return element("button", {
      type: "button",
      class: "secondary",
      text: this.data.ui.back,
      disabled: !this.session.canGoBack(),
      onclick: function () {
        view.session.back();
        view.say([]);
        view.render();
      },
    });
  };

  View.prototype.kicker = function (prompt) {
    var replayed = this.session.replay();
    var student = replayed.students[prompt.student];
    if (!this.session.perStudent || student.name === null) return null;
    var say = this.data.say;
    var text = student.name
      ? fill(say.resultTitleNamed, { n: prompt.student + 1, name: student.name })
      : fill(say.resultTitle, { n: prompt.student + 1 });
    return element("p", { class: "kicker", text: text });
  };

  View.prototype.questionForm = function (prompt) {
    var data = this.data;
    var view = this;
    var question = data.questions[prompt.question];
    var fact = data.facts[prompt.fact];
    var remembered = this.session.memory.answers[prompt.fact];
    var isSet = fact.kind === "set";
    var choices = element("div", { class: "choices" });
    var labels = fact.values.slice();
    if (isSet) labels.push(fact.none);
    // An answer given before (« Modifier », « Retour ») is checked again, and takes the focus.
    var checks = labels.map(function (label, position) {
      if (remembered === undefined || remembered === view.session.unknownCode(prompt.fact)) return false;
      if (!isSet) return remembered === position;
      return position === fact.values.length ? remembered === 0 : (remembered & (1 << position)) !== 0;
    });
    var focused = Math.max(0, checks.indexOf(true));
    labels.forEach(function (label, position) {
      var id = "answer-" + position;
      var isNone = isSet && position === fact.values.length;
      var checked = checks[position];
      var input = element("input", {
        type: isSet ? "checkbox" : "radio",
        name: "answer",
        id: id,
        value: isNone ? "none" : String(position),
        "data-focus": position === focused ? "" : null,
      });
      input.checked = checked;
      if (isSet) input.addEventListener("change", function () { view.exclusive(input, isNone); });
      choices.appendChild(element("div", { class: "choice" }, [input, element("label", { for: id, text: label })]));
    });
    var error = element("p", { class: "error", id: "answer-error", role: "alert" });
    var fieldset = element("fieldset", { "aria-describedby": isSet ? "set-hint" : null }, [
      element("legend", { id: "card-title" }, [element("span", { class: "question", text: question.text })]),
      choices,
    ]);
    var form = element("form", { class: "card", novalidate: true, "aria-labelledby": "card-title" }, [
      this.kicker(prompt),
      fieldset,
      isSet ? element("p", { class: "hint", id: "set-hint", text: data.ui.setHint }) : null,
      question.help
        ? element("details", { class: "help" }, [
            element("summary", { text: data.ui.help }),
            element("p", { text: question.help }),
          ])
        : null,
      error,
      this.actions([
        element("button", { type: "submit", class: "primary", text: data.ui.validate }),
        element("button", {
          type: "button",
          class: "secondary",
          text: data.ui.unknown,
          onclick: function () { view.record(prompt, view.session.unknownCode(prompt.fact)); },
        }),
        this.backButton(),
      ]),
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var code = view.chosenCode(form, fact);
      if (code === null) {
        error.textContent = data.ui.choose;
        var first = form.querySelector("input");
        if (first) first.focus();
        return;
      }
      view.record(prompt, code);
    });
    return form;
  };

  /** « Aucune » and the values exclude each other. */
  View.prototype.exclusive = function (input, isNone) {
    if (!input.checked) return;
    var boxes = this.card.querySelectorAll("input[type=checkbox]");
    Array.prototype.forEach.call(boxes, function (box) {
      if (box !== input && (isNone || box.value === "none")) box.checked = false;
    });
  };

  /** The code of the answer chosen in the form, or null when none is. */
  View.prototype.chosenCode = function (form, fact) {
    var inputs = Array.prototype.slice.call(form.querySelectorAll("input[name=answer]"));
    var checked = inputs.filter(function (input) { return input.checked; });
    if (checked.length === 0) return null;
    if (fact.kind !== "set") return Number(checked[0].value);
    return checked.reduce(function (code, input) {
      return input.value === "none" ? code : code | (1 << Number(input.value));
    }, 0);
  };

  /** Records an answer, then announces the flowchart's notes that it brought. */
  View.prototype.record = function (prompt, code) {
    var before = prompt.walk.result[5].length;
    this.session.answer(code);
    var after = this.session.prompt();
    var data = this.data;
    var lines = after.walk.result[5].slice(before).map(function (note) { return "→ " + data.texts[note]; });
    if (after.walk.pending !== undefined && after.walk.pending === prompt.fact) {
      lines.push(data.facts[prompt.fact].school ? data.ui.pendingSchool : data.ui.pendingStudent);
    }
    this.say(lines);
    this.render();
  };

  View.prototype.nameForm = function (prompt) {
    var view = this;
    var input = element("input", {
      type: "text",
      id: "student-name",
      name: "student-name",
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": "name-hint",
      "data-focus": "",
    });
    input.value = this.session.memory.name || "";
    var form = element("form", { class: "card", novalidate: true, "aria-labelledby": "card-title" }, [
      element("h2", { id: "card-title", text: fill(this.data.say.resultTitle, { n: prompt.number }) }),
      element("label", { for: "student-name", text: fill(this.data.say.namePrompt, { n: prompt.number }) }),
      input,
      element("p", { class: "hint", id: "name-hint", text: this.data.ui.nameHint }),
      this.actions([element("button", { type: "submit", class: "primary", text: this.data.ui.start }), this.backButton()]),
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      view.session.name(input.value.trim());
      view.say([]);
      view.render();
    });
    return form;
  };

  /** A student's bilan: verdict, headline, open question, steps with who acts, « Pourquoi ? ». */
  View.prototype.bilan = function (prompt) {
    var data = this.data;
    var view = this;
    var results = this.session.results();
    var result = results.filter(function (item) { return item.number === prompt.student + 1; })[0];
    var article = element("article", { class: "card bilan", "aria-labelledby": "card-title" });
    article.appendChild(
      element("h2", { id: "card-title", tabindex: "-1", "data-focus": "", text: resultTitle(this.session, result) })
    );
    this.resultBody(result, article, "h3");
    article.appendChild(element("p", { class: "muted", text: data.ui.treeLabel + data.say.colon + data.tree.identity }));
    var buttons = [];
    if (prompt.kind === "settled") {
      buttons.push(
        element("button", {
          type: "button",
          class: "primary",
          text: data.ui.nextStudent,
          onclick: function () {
            view.session.nextStudent();
            view.say([]);
            view.render();
          },
        })
      );
    }
    buttons.push(this.backButton());
    article.appendChild(this.actions(buttons));
    return article;
  };

  View.prototype.resultBody = function (result, parent, heading) {
    var data = this.data;
    var say = data.say;
    parent.appendChild(
      element("p", { class: "verdict" }, [
        element("span", { class: "badge " + badgeClass(result.ownWord), text: say.statusWords[result.ownWord] }),
        " ",
        verdictSentence(data, result),
      ])
    );
    if (result.result[3] >= 0) parent.appendChild(element("p", { class: "headline", text: data.texts[result.result[3]] }));
    var open = openQuestion(data, result);
    if (open !== null) parent.appendChild(element("p", { class: "open", text: open }));
    // The school's steps once per session: in the first bilan that meets them.
    if (result.newSchool.length > 0) {
      parent.appendChild(element(heading, { text: say.schoolSteps }));
      parent.appendChild(
        element("ol", { class: "steps" }, result.newSchool.map(function (index) { return stepItem(data, data.steps[index]); }))
      );
    }
    if (result.own.length > 0) {
      var complete = result.status.fact === null;
      var title = result.newSchool.length > 0 ? (complete ? say.ownSteps : say.ownStepsSoFar) : complete ? say.steps : say.stepsSoFar;
      parent.appendChild(element(heading, { text: title }));
      parent.appendChild(
        element("ol", { class: "steps" }, result.own.map(function (index) { return stepItem(data, data.steps[index]); }))
      );
    }
    parent.appendChild(element(heading, { text: say.why }));
    if (result.trace.length === 0) {
      parent.appendChild(element("p", { text: say.noQuestionYet }));
    } else {
      parent.appendChild(
        element(
          "ul",
          { class: "why" },
          result.trace.map(function (entry) {
            var answer = answerLabel(data, entry.fact, entry.code);
            return element("li", {}, [
              element("span", { class: "q", text: shortQuestion(data, entry, answer) }),
              element("span", { class: "a", text: "→ " + answer }),
            ]);
          })
        )
      );
    }
  };

  function stepItem(data, step) {
    return element("li", {}, [
      element("strong", { text: step.title }),
      element("span", { class: "who", text: data.say.who + step.who.join(", ") }),
      element("span", { class: "step-detail", text: step.detail }),
    ]);
  }

  View.prototype.renderHistory = function (prompt) {
    var data = this.data;
    var view = this;
    var history = this.session.history();
    clear(this.historyNode);
    this.historyNode.hidden = history.length === 0;
    if (history.length === 0) return;
    this.historyNode.appendChild(element("h2", { id: "history-title", text: data.ui.answersHeading }));
    var list = element("ol", { class: "history" });
    history.forEach(function (item) {
      var question = data.questions[item.question].text;
      list.appendChild(
        element("li", {}, [
          element("span", { class: "q", text: question }),
          element("span", { class: "a", text: "→ " + answerLabel(data, item.fact, item.code) }),
          element("button", {
            type: "button",
            class: "link",
            text: data.ui.change,
            "aria-label": data.ui.change + data.say.colon + question,
            onclick: function () {
              view.session.change(item.entry);
              view.say([]);
              view.render();
            },
          }),
        ])
      );
    });
    this.historyNode.appendChild(list);
    return prompt;
  };

  View.prototype.renderSummary = function () {
    var data = this.data;
    var view = this;
    var results = this.session.results().filter(function (result) { return result.status.word !== "unfinished"; });
    clear(this.summaryNode);
    this.summaryNode.hidden = results.length === 0;
    if (results.length === 0) return;
    var node = this.summaryNode;
    node.appendChild(
      element("h2", { id: "session-title", text: data.ui.sessionHeading + " — " + studentCount(data, results) })
    );
    var status = element("p", { class: "status", role: "status", id: "copy-status" });
    node.appendChild(
      this.actions([
        element("button", { type: "button", class: "primary", text: data.ui.download, onclick: function () { view.download(); } }),
        element("button", { type: "button", class: "secondary", text: data.ui.copy, onclick: function () { view.copy(status); } }),
        element("button", { type: "button", class: "secondary", text: data.ui.print, onclick: function () { global.print(); } }),
      ])
    );
    node.appendChild(status);
    node.appendChild(element("p", { class: "muted", text: data.ui.treeLabel + data.say.colon + data.tree.identity }));
    var schoolSteps = this.session.schoolSteps();
    node.appendChild(element("h3", { text: data.ui.schoolHeading }));
    if (schoolSteps.length === 0) {
      node.appendChild(element("p", { text: data.ui.noSchoolActions }));
    } else {
      node.appendChild(element("p", { text: data.ui.schoolIntro }));
      node.appendChild(
        element("ol", { class: "steps" }, schoolSteps.map(function (index) { return stepItem(data, data.steps[index]); }))
      );
    }
    node.appendChild(this.summaryTable(results, schoolSteps));
    this.stepsDetail(results, schoolSteps, node);
  };

  View.prototype.summaryTable = function (results, schoolSteps) {
    var data = this.data;
    var rows = results.map(function (result) {
      var own = result.own;
      var shared = own.length < result.result[4].length;
      var cell = element("td", { class: "steps" });
      if (own.length > 0) {
        cell.appendChild(
          element("ol", {}, own.map(function (index) { return element("li", { text: data.steps[index].title }); }))
        );
      } else if (!shared) {
        cell.appendChild(document.createTextNode(data.ui.noStep));
      }
      if (shared) cell.appendChild(element("p", { class: "muted", text: "+ " + data.ui.schoolStepsNote }));
      var open = openQuestion(data, result);
      if (open !== null) cell.appendChild(element("p", { class: "open", text: open }));
      return element("tr", {}, [
        element("td", { class: "number", text: String(result.number) }),
        element("td", { text: result.name || data.say.noName }),
        element("td", {}, [
          element("span", { class: "badge " + badgeClass(result.ownWord), text: data.say.statusWords[result.ownWord] }),
        ]),
        cell,
      ]);
    });
    return element("table", { class: "students" }, [
      element("thead", {}, [
        element("tr", {}, [
          element("th", { scope: "col", class: "number", text: data.ui.numberColumn }),
          element("th", { scope: "col", text: data.ui.studentColumn }),
          element("th", { scope: "col", text: data.ui.verdictColumn }),
          element("th", { scope: "col", text: data.ui.stepsColumn }),
        ]),
      ]),
      element("tbody", {}, rows),
    ]);
  };

  /** Each step of the students once, with who acts and what to do. */
  View.prototype.stepsDetail = function (results, schoolSteps, node) {
    var data = this.data;
    var seen = [];
    results.forEach(function (result) {
      result.own.forEach(function (index) {
        if (seen.indexOf(index) < 0) seen.push(index);
      });
    });
    if (seen.length === 0) return;
    node.appendChild(element("h3", { text: data.ui.stepsDetailHeading }));
    node.appendChild(element("ul", { class: "steps detail" }, seen.map(function (index) { return stepItem(data, data.steps[index]); })));
  };

  /** Now in ISO 8601, local time with its offset (`Z` at UTC), as `ask --save` dates its file. */
  function isoNow() {
    var now = new Date();
    function pad(number) { return (number < 10 ? "0" : "") + number; }
    var offset = -now.getTimezoneOffset();
    var zone = "Z";
    if (offset !== 0) {
      var size = Math.abs(offset);
      zone = (offset > 0 ? "+" : "-") + pad(Math.floor(size / 60)) + ":" + pad(size % 60);
    }
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()) + "T" + pad(now.getHours()) +
      ":" + pad(now.getMinutes()) + ":" + pad(now.getSeconds()) + zone;
  }

  View.prototype.download = function () {
    var text = this.session.markdown(isoNow());
    var blob = new Blob([text], { type: "text/markdown;charset=utf-8" });
    var url = URL.createObjectURL(blob);
    var link = element("a", { download: "bilan-pixready-" + isoNow().slice(0, 10) + ".md" });
    link.href = url;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  };

  View.prototype.copy = function (status) {
    var data = this.data;
    var text = this.session.markdown(isoNow());
    function done(ok) {
      status.textContent = ok ? data.ui.copied : data.ui.copyFailed;
    }
    function fallback() {
      var area = element("textarea", { class: "offscreen", "aria-hidden": "true", tabindex: "-1" });
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (error) {
        ok = false;
      }
      document.body.removeChild(area);
      done(ok);
    }
    if (global.navigator && navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  };

  var source = document.getElementById("pixready-data");
  var view = new View(new Session(JSON.parse(source.textContent)));
  document.documentElement.classList.add("js");
  view.say([]);
  view.render(false);
  // Notes shown before the first question (none in the shipped trees) are announced as the page opens.
  var first = view.session.prompt();
  if (first.walk.result[5].length > 0) {
    view.say(first.walk.result[5].map(function (note) { return "→ " + view.data.texts[note]; }));
  }
})(typeof globalThis !== "undefined" ? globalThis : this);
