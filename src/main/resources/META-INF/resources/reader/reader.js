// The reader: the article list at / and an article at /read/{slug}, each rendered from one API request.
import {
  STYLES, INCLUDE, el, getJson, words, certaintyBadge, bibliographyOf, formatBibliography, referenceLine,
  evidenceCard, CARD_CSS,
} from './evidence.js';

const BASE = location.origin;
const main = document.getElementById('main');
const state = { style: localStorage.getItem('evidence.style') || 'apa', token: sessionStorage.getItem('evidence.token') };

/** Requests sign in with the editor's token when one is set: drafts and integrity warnings are theirs alone. */
function headers() {
  return state.token ? { Authorization: `Bearer ${state.token}` } : {};
}

function setTitle(text) {
  document.title = text ? `${text} · Evidence API` : 'Evidence API';
}

/** Remembers the answer the page renders, so that only a change to that one renders it again; answers the path. */
function shown(path) {
  state.shown = new URL(path, BASE).href;
  return path;
}

function showError(error) {
  const offline = !error.status && !navigator.onLine;
  main.replaceChildren(el('div', { class: 'notice', role: 'alert' },
    el('h1', null, offline ? 'Offline' : error.status === 404 ? 'Not found' : 'Something went wrong'),
    el('p', null, offline ? 'This page is not stored on this device: it was not read here, or it has changed or '
      + 'been withdrawn since. It opens when you are back online.' : error.message),
    el('p', null, el('a', { href: '/' }, 'All articles'))));
  main.setAttribute('aria-busy', 'false');
}

// --- The list

async function renderList(cursor) {
  setTitle(null);
  const page = await getJson(BASE, shown(`/api/v1/articles?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`), headers());
  const items = page.items.map((a) => el('li', { class: 'article-item' },
    el('h2', null, el('a', { href: `/read/${a.slug}` }, a.title)),
    a.subtitle ? el('p', { class: 'subtitle' }, a.subtitle) : null,
    a.summary ? el('p', null, a.summary) : null,
    el('p', { class: 'meta' }, [
      a.authors.map((au) => au.name).join(', '),
      a.publishedAt ? new Date(a.publishedAt).toLocaleDateString('en-GB', { dateStyle: 'long' }) : words(a.status),
      `${a.readingTimeMinutes} min read`,
      a.topics.map((t) => t.name).join(', '),
    ].filter(Boolean).join(' · '))));
  main.replaceChildren(
    el('h1', null, 'Articles'),
    items.length ? el('ul', { class: 'article-list' }, items) : el('p', null, 'No articles yet.'),
    el('nav', { class: 'pager', 'aria-label': 'Pages' },
      page.page.prevCursor ? el('a', { href: `/?cursor=${encodeURIComponent(page.page.prevCursor)}` }, '← Newer') : null,
      page.page.nextCursor ? el('a', { href: `/?cursor=${encodeURIComponent(page.page.nextCursor)}` }, 'Older →') : null));
}

// --- An article

/** The words of a text, for matching a claim to the paragraph that makes it. */
function wordsOf(text) {
  return new Set((text.toLowerCase().match(/[a-z0-9]{4,}/g) || []));
}

function citedNumbers(text) {
  const numbers = new Set();
  for (const match of text.matchAll(/\[(\d+(?:\s*[,–-]\s*\d+)*)\]/g)) {
    for (const part of match[1].split(',')) {
      const [from, to] = part.split(/[–-]/).map((n) => parseInt(n, 10));
      for (let n = from; n <= (to || from); n++) numbers.add(n);
    }
  }
  return numbers;
}

/**
 * Where each claim is made: the paragraph or list item of its section that shares the most words with its statement
 * (its citation numbers count double). Claims carry their section, not their sentence.
 */
function placeClaims(article) {
  const places = new Map();
  const sections = article.sections.map((section, index) => ({ section, index, texts: [] }));
  sections.forEach((s) => s.section.blocks.forEach((block, b) => {
    if (block.text) s.texts.push({ key: `${s.index}:${b}`, text: block.text });
    (block.items || []).forEach((item, i) => s.texts.push({ key: `${s.index}:${b}:${i}`, text: item }));
  }));
  for (const claim of article.claims || []) {
    const section = sections.find((s) => (s.section.heading || null) === (claim.sectionHeading || null)) || sections[0];
    const statement = wordsOf(claim.statement);
    let best = null;
    let bestScore = -1;
    for (const candidate of section ? section.texts : []) {
      const shared = [...wordsOf(candidate.text)].filter((w) => statement.has(w)).length;
      const cited = citedNumbers(candidate.text);
      const score = shared + 2 * (claim.citations || []).filter((n) => cited.has(n)).length;
      if (score > bestScore) { best = candidate; bestScore = score; }
    }
    const key = best ? best.key : 'end';
    if (!places.has(key)) places.set(key, []);
    places.get(key).push(claim);
  }
  return places;
}

/** A paragraph's text with its citation markers as links to the bibliography. */
function withCitationLinks(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(/\[(\d+(?:\s*[,–-]\s*\d+)*)\]/g)) {
    nodes.push(text.slice(last, match.index));
    const numbers = match[1].split(/\s*,\s*/);
    nodes.push(el('sup', { class: 'cite' }, '[', numbers.flatMap((n, i) => [i ? ', ' : '',
      el('a', { href: `#ref-${parseInt(n, 10)}`, 'aria-label': `Reference ${n}` }, n)]), ']'));
    last = match.index + match[0].length;
  }
  nodes.push(text.slice(last));
  return nodes;
}

let cardCount = 0;

/** The text a claim is made in, highlighted, with a button per claim that shows its evidence card. */
function claimed(tag, text, claims, article, bibliography) {
  if (!claims || !claims.length) return el(tag, null, withCitationLinks(text));
  const markers = claims.map((claim) => {
    const id = `card-${++cardCount}`;
    // the card is built when first opened: the article is on screen sooner
    let card = el('div', { id, role: 'region', hidden: true });
    const button = el('button', {
      class: 'claim-marker', type: 'button', 'aria-expanded': 'false', 'aria-controls': id,
      'data-claim-id': claim.id, title: claim.statement,
    }, 'Evidence ', el('span', { class: 'marker-certainty' }, words(claim.certainty)));
    const toggle = (open) => {
      if (open && !card.childElementCount) {
        const built = evidenceCard(claim, article, bibliography, id);
        built.setAttribute('role', 'region');
        card.replaceWith(built);
        card = built;
      }
      card.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
    };
    button.addEventListener('click', () => toggle(card.hidden));
    button.addEventListener('keydown', (event) => { if (event.key === 'Escape') toggle(false); });
    return { button, card };
  });
  return el('div', { class: 'claimed' },
    el(tag, { class: 'claim-text' }, el('mark', null, withCitationLinks(text)), ' ', markers.map((m) => m.button)),
    markers.map((m) => m.card));
}

function renderBlock(block, key, places, article, bibliography) {
  switch (block.type) {
    case 'PARAGRAPH': return claimed('p', block.text || '', places.get(key), article, bibliography);
    case 'QUOTE': return el('blockquote', null, claimed('p', block.text || '', places.get(key), article, bibliography),
      block.attribution ? el('footer', null, `— ${block.attribution}`) : null);
    case 'LIST': return el('ul', null, (block.items || []).map((item, i) =>
      el('li', null, claimed('span', item, places.get(`${key}:${i}`), article, bibliography))));
    case 'FIGURE': return el('figure', null,
      block.imageUrl ? el('img', { src: block.imageUrl, alt: block.altText || '', loading: 'lazy' })
        : el('div', { class: 'figure-placeholder', role: 'img', 'aria-label': block.altText || block.caption || 'Figure' },
          block.altText || ''),
      block.caption ? el('figcaption', null, block.caption) : null);
    default: return null;
  }
}

function styleSwitch(onChange) {
  const select = el('select', { id: 'style', onchange: (event) => onChange(event.target.value) },
    STYLES.map(([id, label]) => el('option', { value: id, selected: id === state.style }, label)));
  return el('label', { class: 'style-switch' }, 'Citation style ', select);
}

async function renderBibliography(list, bibliography) {
  await formatBibliography(BASE, bibliography, state.style);
  list.replaceChildren(...[...bibliography.byNumber.values()].sort((a, b) => a.number - b.number)
    .map((entry) => el('li', { id: `ref-${entry.number}` }, referenceLine(entry, bibliography))));
  // the cards show the same citations
  document.querySelectorAll('.card-references li').forEach((item) => {
    const number = parseInt(item.querySelector('.citation-number').textContent.slice(1), 10);
    const entry = bibliography.byNumber.get(number);
    if (entry) item.replaceChildren(...referenceLine(entry, bibliography));
  });
  list.closest('section').setAttribute('data-style', state.style);
}

async function integrityWarnings(article) {
  if (!state.token) return null;
  try {
    const report = await getJson(BASE, `/api/v1/articles/${article.slug}/integrity`, headers());
    const findings = report.findings || [];
    return el('aside', { class: 'integrity', 'aria-label': 'Integrity warnings' },
      el('h2', null, `Integrity warnings (${findings.length})`),
      findings.length ? el('ul', null, findings.map((f) => el('li', null, el('strong', null, words(f.severity)), ` ${f.message || f.code}`)))
        : el('p', null, 'None.'));
  } catch (error) {
    return el('aside', { class: 'integrity', role: 'alert' }, `Integrity report unavailable: ${error.message}`);
  }
}

async function renderArticle(slug) {
  const article = await getJson(BASE, shown(`/api/v1/articles/${encodeURIComponent(slug)}?${INCLUDE}`), headers());
  setTitle(article.title);
  const bibliography = bibliographyOf(article);
  const places = placeClaims(article);
  cardCount = 0;
  const body = article.sections.map((section, s) => el('section', { class: 'article-section' },
    section.heading ? el('h2', null, section.heading) : null,
    section.blocks.map((block, b) => renderBlock(block, `${s}:${b}`, places, article, bibliography))));
  const unplaced = places.get('end');
  const list = el('ol', { class: 'bibliography' });
  main.replaceChildren(el('article', { 'data-article-id': article.id },
    el('header', null,
      el('p', null, el('a', { href: '/' }, '← All articles')),
      el('h1', null, article.title),
      article.subtitle ? el('p', { class: 'subtitle' }, article.subtitle) : null,
      el('p', { class: 'meta' }, [article.authors.map((a) => a.name).join(', '),
        article.publishedAt ? new Date(article.publishedAt).toLocaleDateString('en-GB', { dateStyle: 'long' }) : words(article.status),
        `${article.readingTimeMinutes} min read`].filter(Boolean).join(' · ')),
      el('p', { class: 'claims-count' }, `${(article.claims || []).length} claims, each with its evidence: `
        + 'select “Evidence” next to a highlighted passage.')),
    body,
    unplaced ? el('section', null, el('h2', null, 'More claims'),
      unplaced.map((claim) => claimed('p', claim.statement, [claim], article, bibliography))) : null,
    el('section', { class: 'references', 'aria-labelledby': 'references-heading' },
      el('div', { class: 'references-head' }, el('h2', { id: 'references-heading' }, 'References'),
        styleSwitch(async (style) => {
          state.style = style;
          localStorage.setItem('evidence.style', style);
          await renderBibliography(list, bibliography);
        })),
      list)));
  // the text, its claims and their cards are on screen; the formatted citations follow
  performance.mark('evidence:article-rendered');
  const warnings = await integrityWarnings(article);
  if (warnings) main.querySelector('article header').append(warnings);
  await renderBibliography(list, bibliography);
}

// --- Signing in, routing, offline

function signIn() {
  const dialog = document.getElementById('sign-in');
  const form = dialog.querySelector('form');
  document.getElementById('sign-in-button').addEventListener('click', () => {
    if (state.token) {
      state.token = null;
      sessionStorage.removeItem('evidence.token');
      route();
      updateSignIn();
    } else {
      dialog.showModal();
    }
  });
  form.addEventListener('submit', (event) => {
    const token = form.elements.token.value.trim();
    if (event.submitter && event.submitter.value === 'cancel') return;
    if (token) {
      state.token = token;
      sessionStorage.setItem('evidence.token', token);
      updateSignIn();
      route();
    }
  });
  updateSignIn();
}

function updateSignIn() {
  document.getElementById('sign-in-button').textContent = state.token ? 'Sign out' : 'Editor sign-in';
}

async function route() {
  main.setAttribute('aria-busy', 'true');
  const match = location.pathname.match(/^\/read\/([^/]+)\/?$/);
  try {
    if (match) await renderArticle(decodeURIComponent(match[1]));
    else await renderList(new URLSearchParams(location.search).get('cursor'));
    main.setAttribute('aria-busy', 'false');
    document.body.setAttribute('data-rendered', String(performance.now()));
  } catch (error) {
    showError(error);
  }
}

document.head.append(el('style', null, CARD_CSS));
signIn();
route();
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => { /* offline reading is a bonus, not a requirement */ });
  // the answer the page rendered from the worker's store has changed on the server: render the new one
  let pending = null;
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'changed' && event.data.url === state.shown && !pending) {
      pending = setTimeout(() => { pending = null; route(); }, 100);
    }
  });
  // what the worker keeps follows the changes feed: on each page, when back online, and every minute while shown
  const follow = () => navigator.serviceWorker.ready
    .then((registration) => registration.active && registration.active.postMessage({ type: 'follow-changes' }));
  follow();
  window.addEventListener('online', follow);
  setInterval(() => { if (document.visibilityState === 'visible') follow(); }, 60000);
}
