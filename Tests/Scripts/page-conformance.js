#!/usr/bin/env node
// The page agrees with pixready, by exhaustion.
//
// For each tree: `pixready page` writes the page; its own script (extracted from the HTML, run
// here without a DOM) is driven over every path a person can take through the questions, every
// answer of every question including « je ne sais pas ». Each path becomes a CSV row, and one
// `pixready check --format jsonl` run decides them all: the questions the page asked, its verdict,
// its steps (ids, in order), its pending question and its « Pourquoi ? » must equal pixready's.
// Each path is also followed by a second student (school answers kept, as « Élève suivant » does).
// Then sessions of several students are typed into `pixready ask --save` and the page's
// « Télécharger le bilan » Markdown must be byte for byte the file ask wrote, and each student's bilan
// on the page (verdict, headline, open question, steps, « Pourquoi ? » lines) must read as ask's.
//
// Usage: node Tests/Scripts/page-conformance.js PIXREADY [TREE...]   (plain Node, no package)
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");

const binary = process.argv[2];
if (!binary) {
  console.error("usage: node page-conformance.js PATH/TO/pixready [TREE...]");
  process.exit(2);
}
const trees = process.argv.length > 3 ? process.argv.slice(3) : ["certification-readiness", "join-error-codes", "pix-orga-access"];
const date = "1970-01-01T00:00:00Z";
let failures = 0;

function fail(message) {
  failures += 1;
  if (failures <= 20) console.error("FAIL " + message);
}

function run(args, options) {
  return execFileSync(binary, args, Object.assign({ encoding: "utf8", maxBuffer: 1 << 28 }, options || {}));
}

/** The page's data and its script's model, from the HTML pixready wrote. */
function loadPage(tree) {
  const html = run(["page", "--tree", tree]);
  const data = html.match(/<script type="application\/json" id="pixready-data">([\s\S]*?)<\/script>/);
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  if (!data || scripts.length !== 1) throw new Error(tree + ": the page has no data or not exactly one script");
  const context = vm.createContext({});
  vm.runInContext(scripts[0][1], context);
  return { data: JSON.parse(data[1]), api: context.PixReadyPage, bytes: Buffer.byteLength(html) };
}

function clone(api, session) {
  const copy = new api.Session(session.data);
  copy.entries = session.entries.slice();
  return copy;
}

/** « Modifier » then the same answer, and « Retour » then the same answer, give the session back. */
function checkChangeAndBack(tree, api, leaf, index) {
  const before = JSON.stringify(leaf.results());
  const answers = leaf.entries.map((entry, position) => position).filter((position) => leaf.entries[position].type === "answer");
  answers.forEach((position) => {
    const changed = clone(api, leaf);
    const code = changed.entries[position].code;
    changed.change(position);
    changed.answer(code);
    if (JSON.stringify(changed.results()) !== before) fail(tree + " path " + (index + 1) + ": « Modifier » answer " + position + " again does not give the session back");
    // Another answer: the later answers still asked are kept, the others dropped, as if typed anew.
    const other = clone(api, leaf);
    const fact = other.entries[position].fact;
    const otherCode = (code + 1) % (other.unknownCode(fact) + 1);
    const map = {};
    other.entries.forEach((entry) => { if (entry.type === "answer") map[entry.fact] = entry.code; });
    map[fact] = otherCode;
    other.change(position);
    other.answer(otherCode);
    const fresh = new api.Session(leaf.data);
    for (let guard = 0; guard < 100; guard++) {
      const prompt = fresh.prompt();
      if (prompt.kind === "name") fresh.name("");
      else if (prompt.kind === "question" && map[prompt.fact] !== undefined) fresh.answer(map[prompt.fact]);
      else break;
    }
    if (JSON.stringify(other.results()) !== JSON.stringify(fresh.results())) {
      fail(tree + " path " + (index + 1) + ": « Modifier » answer " + position + " to " + otherCode + " keeps answers that no longer apply");
    }
  });
  const back = clone(api, leaf);
  const last = back.entries[back.entries.length - 1];
  back.back();
  if (last.type === "answer") back.answer(last.code);
  else back.name(last.name);
  if (JSON.stringify(back.results()) !== before) fail(tree + " path " + (index + 1) + ": « Retour » then the same answer does not give the session back");
}

/** Every path of one student: each leaf is a session whose last student is settled. */
function paths(api, start) {
  const leaves = [];
  const stack = [start];
  while (stack.length > 0) {
    const session = stack.pop();
    const prompt = session.prompt();
    if (prompt.kind === "name") {
      session.name("");
      stack.push(session);
    } else if (prompt.kind === "question") {
      for (let code = session.unknownCode(prompt.fact); code >= 0; code--) {
        const next = clone(api, session);
        next.answer(code);
        stack.push(next);
      }
    } else {
      leaves.push(session);
    }
  }
  return leaves;
}

/** The answers of the last student (school answers included) and the facts asked, in order. */
function lastStudent(session) {
  const replayed = session.replay();
  const student = replayed.students[replayed.students.length - 1];
  const answers = Object.assign({}, replayed.school, student.answers);
  const asked = [];
  const known = [];
  session.entries.forEach((entry) => {
    if (entry.type === "next") {
      asked.forEach((fact) => { if (session.data.facts[fact].school) known.push(fact); });
      asked.length = 0;
    } else if (entry.type === "answer") {
      asked.push(entry.fact);
    }
  });
  return { answers, asked, known };
}

function csvCell(text) {
  return '"' + String(text).replace(/"/g, '""') + '"';
}

/** The CSV cell pixready reads as this answer; empty means « je ne sais pas ». */
function cell(data, factIndex, code, unknown) {
  const fact = data.facts[factIndex];
  if (code === undefined || code === unknown) return "";
  if (fact.kind !== "set") return fact.ids[code];
  if (code === 0) return fact.none;
  return fact.ids.filter((id, bit) => (code & (1 << bit)) !== 0).join("+");
}

function answerId(data, factIndex, code) {
  const fact = data.facts[factIndex];
  // check's JSON writes « je ne sais pas » as null.
  if (fact.kind !== "set") return code === fact.values.length ? null : fact.ids[code];
  if (code === 1 << fact.values.length) return null;
  return fact.ids.filter((id, bit) => (code & (1 << bit)) !== 0).sort();
}

function checkAnswerId(answer) {
  return Array.isArray(answer) ? answer.slice().sort() : answer;
}

/** What the page says for its last student, in the terms of check's JSON. */
function pageView(data, session) {
  const results = session.results();
  const result = results[results.length - 1];
  const student = lastStudent(session);
  // Questions asked to this student: the school's ones answered earlier were not asked again.
  return {
    verdict: result.status.word,
    steps: result.result[4].map((index) => data.steps[index].id),
    pending: result.status.fact === null ? null : data.facts[result.status.fact].id,
    trace: result.trace.map((entry) => ({ fact: data.facts[entry.fact].id, answer: answerId(data, entry.fact, entry.code) })),
    asked: student.asked.map((fact) => data.facts[fact].id),
    known: student.known.map((fact) => data.facts[fact].id),
    answers: student.answers,
  };
}

function checkTree(tree) {
  const page = loadPage(tree);
  const { data, api } = page;
  const leaves = paths(api, new api.Session(data));
  leaves.forEach((leaf, index) => checkChangeAndBack(tree, api, leaf, index));
  // A second student after each path, with the student answers of the next path.
  const seconds = leaves.map((leaf, index) => {
    const session = clone(api, leaf);
    if (session.prompt().kind !== "settled") return null;
    session.nextStudent();
    const other = lastStudent(leaves[(index + 1) % leaves.length]).answers;
    for (let guard = 0; guard < 100; guard++) {
      const prompt = session.prompt();
      if (prompt.kind === "name") session.name("");
      else if (prompt.kind === "question") {
        const code = other[prompt.fact];
        session.answer(code === undefined ? session.unknownCode(prompt.fact) : code);
      } else break;
    }
    return session;
  }).filter((session) => session !== null);
  const sessions = leaves.concat(seconds);
  const views = sessions.map((session) => pageView(data, session));
  const header = ["nom"].concat(data.facts.map((fact) => fact.id));
  const lines = [header.map(csvCell).join(";")];
  views.forEach((view, index) => {
    const cells = ["path " + (index + 1)].concat(
      data.facts.map((fact, position) => cell(data, position, view.answers[position], sessions[index].unknownCode(position)))
    );
    lines.push(cells.map(csvCell).join(";"));
  });
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "pixready-page-"));
  const csv = path.join(directory, path.basename(tree) + ".csv");
  fs.writeFileSync(csv, lines.join("\n") + "\n");
  const rows = run(["check", csv, "--tree", tree, "--format", "jsonl"], { stdio: ["ignore", "pipe", "ignore"] })
    .trim().split("\n").map((line) => JSON.parse(line)).filter((row) => row.row !== undefined);
  if (rows.length !== views.length) fail(tree + ": check gave " + rows.length + " rows for " + views.length + " paths");
  views.forEach((view, index) => {
    const row = rows[index];
    if (!row) return;
    const traceFacts = row.trace.map((entry) => entry.fact);
    const expected = {
      verdict: row.verdict,
      steps: row.steps,
      pending: row.pending,
      trace: row.trace.map((entry) => ({ fact: entry.fact, answer: checkAnswerId(entry.answer) })),
      // The questions of a student: the walk's questions and the pending one, minus (below) the
      // school's answered for a student before.
      asked: traceFacts.concat(row.pending ? [row.pending] : []),
    };
    const got = { verdict: view.verdict, steps: view.steps, pending: view.pending, trace: view.trace };
    const want = { verdict: expected.verdict, steps: expected.steps, pending: expected.pending, trace: expected.trace };
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      fail(tree + " path " + (index + 1) + ": page " + JSON.stringify(got) + " but pixready " + JSON.stringify(want));
    }
    const asked = expected.asked.filter((fact) => view.known.indexOf(fact) < 0);
    if (row.error === null && JSON.stringify(view.asked) !== JSON.stringify(asked)) {
      fail(tree + " path " + (index + 1) + ": page asked " + JSON.stringify(view.asked) + " but pixready walks " + JSON.stringify(asked));
    }
  });
  const markdown = checkMarkdown(tree, page, leaves, directory);
  fs.rmSync(directory, { recursive: true, force: true });
  console.log(
    tree + ": " + leaves.length + " paths (each with « Modifier » and « Retour ») and " + seconds.length +
      " second students agree with check; " +
      markdown + " sessions' Markdown equal to ask --save; page " + (page.bytes / 1024).toFixed(1) + " KB"
  );
}

/** The line typed at ask's prompt for one answer. */
function typed(data, factIndex, code, unknown) {
  const fact = data.facts[factIndex];
  if (code === unknown) return "nsp";
  if (fact.kind !== "set") return String(code + 1);
  if (code === 0) return "-";
  return fact.ids.map((id, bit) => ((code & (1 << bit)) !== 0 ? String(bit + 1) : null)).filter((x) => x).join(",");
}

/** Sessions of one to three students, typed into ask --save; the page's Markdown must equal the file. */
function checkMarkdown(tree, page, leaves, directory) {
  const { data, api } = page;
  let count = 0;
  const step = Math.max(1, Math.floor(leaves.length / 12));
  for (let start = 0; start < leaves.length; start += step) {
    const session = new api.Session(data);
    const input = [];
    const names = ["Léa", "", "Noé | « test »"];
    for (let student = 0; student < 3; student++) {
      const source = lastStudent(leaves[(start + student * 7) % leaves.length]).answers;
      for (let guard = 0; guard < 100; guard++) {
        const prompt = session.prompt();
        if (prompt.kind === "name") {
          session.name(names[student]);
          input.push(names[student]);
        } else if (prompt.kind === "question") {
          const unknown = session.unknownCode(prompt.fact);
          const code = source[prompt.fact] === undefined ? unknown : source[prompt.fact];
          input.push(typed(data, prompt.fact, code, unknown));
          session.answer(code);
        } else break;
      }
      if (session.prompt().kind !== "settled") break;
      if (student < start % 3) {
        session.nextStudent();
        input.push("1");
      } else {
        input.push("2");
        break;
      }
    }
    const file = path.join(directory, "session-" + start + ".md");
    let shown = "";
    try {
      shown = run(["ask", "--tree", tree, "--save", file], {
        input: input.join("\n") + "\n",
        env: Object.assign({}, process.env, { SOURCE_DATE_EPOCH: "0", NO_COLOR: "1" }),
        stdio: ["pipe", "pipe", "ignore"],
      });
    } catch (error) {
      shown = error.stdout || "";
      if (error.status !== 0) {
        fail(tree + ": ask exited " + error.status + " for input " + JSON.stringify(input));
        continue;
      }
    }
    const expected = fs.readFileSync(file, "utf8");
    const got = session.markdown(date);
    if (got !== expected) {
      fail(tree + ": Markdown differs for input " + JSON.stringify(input) + "\n--- ask --save\n" + expected + "\n--- page\n" + got);
    }
    checkBilans(tree, data, api, session, shown, input);
    count += 1;
  }
  return count;
}

/** The texts of each student's bilan on the page, in order, must be in ask's output in that order. */
function checkBilans(tree, data, api, session, shown, input) {
  const oneLine = (text) => text.split(/\s+/).filter((word) => word !== "").join(" ");
  const output = oneLine(shown);
  const say = data.say;
  let position = 0;
  session.results().forEach((result) => {
    const steps = (indexes) => indexes.flatMap((index) => {
      const step = data.steps[index];
      return [step.title, say.who + step.who.join(", "), step.detail];
    });
    const texts = [api.resultTitle(session, result), api.verdictSentence(data, result)];
    if (result.result[3] >= 0) texts.push(data.texts[result.result[3]]);
    const open = api.openQuestion(data, result);
    if (open !== null) texts.push(open);
    const complete = result.status.fact === null;
    if (result.newSchool.length > 0) texts.push(say.schoolSteps, ...steps(result.newSchool));
    if (result.own.length > 0) {
      const title = result.newSchool.length > 0 ? (complete ? say.ownSteps : say.ownStepsSoFar) : complete ? say.steps : say.stepsSoFar;
      texts.push(title, ...steps(result.own));
    }
    texts.push(say.why);
    result.trace.forEach((entry) => {
      const answer = api.answerLabel(data, entry.fact, entry.code);
      texts.push(api.shortQuestion(data, entry, answer) + " → " + answer);
    });
    texts.map(oneLine).forEach((text) => {
      const found = output.indexOf(text, position);
      if (found < 0) fail(tree + ": « " + text + " » not in ask's bilan after what came before, for input " + JSON.stringify(input));
      else position = found + text.length;
    });
  });
}

trees.forEach(checkTree);
if (failures > 0) {
  console.error(failures + " difference(s) between the page and pixready");
  process.exit(1);
}
console.log(trees.length + " tree(s): the page agrees with pixready on every path");
