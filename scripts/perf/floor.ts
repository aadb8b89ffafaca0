// The floor: the least a React page can do for a continue tap. A plain page with the guide's
// questions (same words, same kind of markup, the guide's own CSS: a radio list in a fieldset, a
// progress bar, Back and Continue, focus on the new heading), React and react-dom only, no state
// library, no i18n, no storage, no history. Built with Vite into a folder of its own.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import zhCN from '../../locales/zh-CN/index.ts';
import { QUESTIONS, QUESTION_IDS } from '../../flows/debt-collection/questions';
import { PROJECT_ROOT } from './paths';

function questions() {
  return QUESTION_IDS.map((id) => {
    const text = zhCN.question[id] as {
      title: string;
      why: string;
      option: Record<string, { label: string; hint?: string }>;
    };
    return {
      id,
      title: text.title,
      why: text.why,
      options: QUESTIONS[id].options.map((o) => ({ value: o, ...text.option[o] })),
    };
  });
}

// Plain createElement, so the build needs no JSX plugin.
const PAGE = `
import { createElement as h, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '${join(PROJECT_ROOT, 'src', 'styles.css')}';

function Question({ q, position, total, onNext }) {
  const [chosen, setChosen] = useState(null);
  const heading = useRef(null);
  useEffect(() => heading.current.focus(), []);
  const submit = (e) => { e.preventDefault(); if (chosen !== null) onNext(); };
  return h('form', { className: 'screen question', onSubmit: submit, noValidate: true },
    h('p', { className: 'progress' }, h('span', null, position + ' / ' + total),
      h('progress', { max: total, value: position, 'aria-label': 'progress' })),
    h('fieldset', { 'aria-describedby': q.id + '-why' },
      h('legend', null, h('h1', { tabIndex: -1, ref: heading }, q.title)),
      h('p', { className: 'why', id: q.id + '-why' }, q.why),
      h('div', { className: 'options' }, q.options.map((o) => h('div', { className: 'option', key: o.value },
        h('input', { id: q.id + '-' + o.value, type: 'radio', name: q.id, value: o.value,
          checked: chosen === o.value, onChange: () => setChosen(o.value) }),
        h('label', { htmlFor: q.id + '-' + o.value }, h('span', { className: 'option-label' }, o.label),
          o.hint ? h('span', { className: 'option-hint' }, o.hint) : null))))),
    h('div', { className: 'button-row nav-row' },
      h('button', { type: 'button', className: 'button button-secondary' }, WORDS.back),
      h('button', { type: 'submit', className: 'button' }, WORDS.continue)));
}

function Floor() {
  const [at, setAt] = useState(0);
  const q = QUESTIONS[at % QUESTIONS.length];
  return h('div', { className: 'page' }, h('main', { id: 'main', className: 'main' },
    h(Question, { key: at, q, position: (at % QUESTIONS.length) + 1, total: QUESTIONS.length,
      onNext: () => setAt(at + 1) })));
}

createRoot(document.getElementById('root')).render(h(Floor));
`;

/** Builds the floor page; returns the folder to serve (the caller removes it). */
export async function buildFloor(): Promise<string> {
  // Inside the project, so that 'react' resolves from its node_modules.
  const source = join(PROJECT_ROOT, 'bench-results', 'floor-src');
  rmSync(source, { recursive: true, force: true });
  mkdirSync(source, { recursive: true });
  const words = { back: zhCN.nav.back, continue: zhCN.nav.continue };
  writeFileSync(
    join(source, 'main.js'),
    `const QUESTIONS = ${JSON.stringify(questions())};\nconst WORDS = ${JSON.stringify(words)};\n${PAGE}`,
  );
  writeFileSync(
    join(source, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title>' +
      '</head><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
  );
  const outDir = mkdtempSync(join(tmpdir(), 'dcg-floor-'));
  await build({
    root: source,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
