// The evidence card of one claim, shared by the reader and the embeddable widget. Everything the API says is put
// into the page as text (never as HTML), so an article cannot inject markup into a page that shows it.

/** Citation styles offered to readers: CSL style ids the API formats with. */
export const STYLES = [
  ['apa', 'APA'],
  ['vancouver', 'Vancouver'],
  ['harvard-cite-them-right', 'Harvard'],
  ['american-medical-association', 'AMA'],
  ['chicago-author-date', 'Chicago'],
  ['ieee', 'IEEE'],
];

/** The expanded article: one request holds everything a page or a card shows. */
export const INCLUDE = 'include=claims,studies,references,authors,topics';

/** Builds an element: el('p', {class: 'x'}, 'text', child, ...). Strings become text nodes. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** GET of JSON from the API at base; a non-2xx answer rejects with the problem's detail. */
export async function getJson(base, path, headers = {}) {
  const response = await fetch(new URL(path, base), { headers: { Accept: 'application/json', ...headers } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const error = new Error(problem.detail || problem.title || `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** The citation of a reference formatted in a CSL style, as plain text. */
export async function citation(base, referenceId, style) {
  const response = await fetch(new URL(`/api/v1/references/${referenceId}/citation?format=text&style=${style}`, base));
  if (!response.ok) throw new Error(`citation ${referenceId}: ${response.status}`);
  return (await response.text()).trim();
}

/** Constants whose words need more than lower case: the names a summary-of-findings table uses. */
const LABELS = {
  META_ANALYSIS: 'Meta-analysis', RANDOMIZED_CONTROLLED_TRIAL: 'Randomised controlled trial',
  NON_RANDOMIZED_TRIAL: 'Non-randomised trial', CASE_CONTROL_STUDY: 'Case-control study',
  CROSS_SECTIONAL_STUDY: 'Cross-sectional study', OBSERVATIONAL_RETROSPECTIVE: 'Retrospective observational study',
};

/** Words for the API's constants: COHORT_STUDY -> "Cohort study". */
export function words(constant) {
  if (!constant) return '';
  if (LABELS[constant]) return LABELS[constant];
  const text = constant.toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const CERTAINTY = {
  HIGH: ['High', 4], MODERATE: ['Moderate', 3], LOW: ['Low', 2], VERY_LOW: ['Very low', 1], NOT_RATED: ['Not rated', 0],
};

/** The GRADE certainty as a labelled badge: four circles, as summary-of-findings tables show it. */
export function certaintyBadge(certainty) {
  const [label, filled] = CERTAINTY[certainty] || [words(certainty), 0];
  const circles = filled ? '⊕'.repeat(filled) + '◯'.repeat(4 - filled) : '';
  return el('span', { class: `certainty certainty-${(certainty || '').toLowerCase()}` },
    circles ? el('span', { 'aria-hidden': 'true' }, circles + ' ') : null, `Certainty: ${label}`);
}

function number(value) {
  return typeof value === 'number' ? value.toLocaleString('en-GB', { maximumFractionDigits: 3 }) : value;
}

/** An outcome's effect: "MD −1.2 (95% CI −1.9 to −0.5)", a relative change, or the narrative. */
export function effectText(outcome) {
  const effect = outcome.effect || {};
  if (!effect.metric || effect.metric === 'NARRATIVE') return outcome.narrative || 'No numbers reported.';
  const parts = [words(effect.metric).replace(/^(Md|Smd|Rr|Or|Hr)\b/, (m) => m.toUpperCase())];
  if (effect.value !== undefined && effect.value !== null) parts.push(number(effect.value) + (effect.unit ? ` ${effect.unit}` : ''));
  let text = parts.join(' ');
  if (effect.ciLow !== undefined && effect.ciLow !== null && effect.ciHigh !== undefined && effect.ciHigh !== null) {
    text += ` (${effect.ciLevel || 95}% CI ${number(effect.ciLow)} to ${number(effect.ciHigh)})`;
  }
  if (effect.pValue !== undefined && effect.pValue !== null) text += `, p ${effect.pValueComparator === 'LESS_THAN' ? '<' : '='} ${effect.pValue}`;
  return text;
}

function people(study) {
  const size = study.sampleSize;
  if (!size || size.participants === undefined || size.participants === null) return null;
  const count = number(size.participants);
  const studies = size.studyCount ? ` in ${size.studyCount} studies` : '';
  return `${size.qualifier === 'AT_LEAST' ? 'at least ' : size.qualifier === 'ABOUT' ? 'about ' : ''}${count} participants${studies}`;
}

function studyItem(study, bibliography) {
  const primary = (study.outcomes || []).find((o) => o.primary) || (study.outcomes || [])[0];
  const entry = bibliography.byReference.get(study.referenceId);
  const facts = [words(study.design), people(study), study.population && study.population.species
    && study.population.species !== 'HUMAN' ? words(study.population.species) : null].filter(Boolean).join(' · ');
  return el('li', { class: 'study' },
    el('span', { class: 'study-title' }, study.title, entry ? ` [${entry.number}]` : ''),
    el('span', { class: 'study-facts' }, facts),
    study.intervention ? el('span', { class: 'study-comparison' },
      study.intervention + (study.comparator ? ` vs ${study.comparator}` : '')) : null,
    primary ? el('span', { class: 'study-effect' }, `${primary.name}: ${effectText(primary)}`) : null);
}

/** Links a reader can follow from a reference: its DOI and PubMed record. */
export function referenceLinks(reference) {
  const links = [];
  if (reference.doi) links.push(el('a', { href: `https://doi.org/${reference.doi}`, rel: 'noopener' }, 'DOI'));
  if (reference.pmid) links.push(el('a', { href: `https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/`, rel: 'noopener' }, 'PubMed'));
  return links;
}

/** The article's bibliography by citation number and by reference id, with citations filled in by style. */
export function bibliographyOf(article) {
  const byNumber = new Map();
  const byReference = new Map();
  for (const entry of article.references || []) {
    byNumber.set(entry.number, entry);
    byReference.set(entry.reference.id, entry);
  }
  return { byNumber, byReference, formatted: new Map() };
}

/** Fills bibliography.formatted (reference id -> text) in the style; a few requests at a time. */
export async function formatBibliography(base, bibliography, style) {
  const entries = [...bibliography.byNumber.values()];
  const formatted = new Map();
  const queue = [...entries];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      formatted.set(entry.reference.id, await citation(base, entry.reference.id, style)
        .catch(() => entry.reference.title));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  bibliography.formatted = formatted;
  return formatted;
}

/** One cited reference as the card and the bibliography show it. */
export function referenceLine(entry, bibliography) {
  const text = bibliography.formatted.get(entry.reference.id) || entry.reference.title;
  const status = entry.reference.updateStatus && entry.reference.updateStatus !== 'NONE'
    ? el('strong', { class: 'update-status' }, ` ${words(entry.reference.updateStatus)}.`) : null;
  return [el('span', { class: 'citation-number' }, `[${entry.number}] `), text, status, ' ',
    ...referenceLinks(entry.reference).flatMap((link) => [link, ' '])];
}

/**
 * The evidence card of a claim: its plain-language sentence, certainty with its domains, people and studies, the
 * studies' designs and effects, and the references it cites in the chosen style.
 */
export function evidenceCard(claim, article, bibliography, id) {
  const evidence = claim.evidence || {};
  const studies = (article.studies || []).filter((s) => (claim.studyIds || []).includes(s.id));
  const cited = (claim.citations || []).map((n) => bibliography.byNumber.get(n)).filter(Boolean);
  return el('section', { class: 'evidence-card', id, 'aria-label': `Evidence for: ${claim.statement}` },
    el('p', { class: 'claim-statement' }, claim.statement),
    evidence.plainLanguage ? el('p', { class: 'plain-language' }, evidence.plainLanguage) : null,
    el('div', { class: 'evidence-facts' },
      certaintyBadge(claim.certainty),
      evidence.participantsAndStudies ? el('span', { class: 'people' }, `People: ${evidence.participantsAndStudies}`) : null,
      evidence.strongestDesign ? el('span', null, `Strongest design: ${words(evidence.strongestDesign)}`) : null,
      evidence.consistency ? el('span', null, `Consistency: ${words(evidence.consistency)}`) : null),
    (claim.certaintyFactors || []).length ? el('ul', { class: 'certainty-domains', 'aria-label': 'Certainty domains' },
      claim.certaintyFactors.map((f) => el('li', null, el('strong', null, `${words(f.domain)}: ${words(f.rating)}`),
        f.note ? ` — ${f.note}` : ''))) : null,
    studies.length ? el('div', null, el('h4', null, 'Studies'),
      el('ul', { class: 'studies' }, studies.map((s) => studyItem(s, bibliography)))) : null,
    cited.length ? el('div', null, el('h4', null, 'References'),
      el('ol', { class: 'card-references' }, cited.map((entry) => el('li', null, referenceLine(entry, bibliography)))))
      : el('p', { class: 'no-references' }, 'This claim cites no reference.'));
}

/** The stylesheet of the card, for the reader and for the widget's shadow root; custom properties restyle it. */
export const CARD_CSS = `
.evidence-card { font: var(--evidence-font, 15px/1.5 system-ui, sans-serif); color: var(--evidence-text, #1d2330);
  background: var(--evidence-background, #fff); border: 1px solid var(--evidence-border, #c9d1de);
  border-left: 4px solid var(--evidence-accent, #1f5fbf); border-radius: var(--evidence-radius, 6px);
  padding: 0.75em 1em; margin: 0.5em 0; max-width: 46em; }
.evidence-card h4 { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; margin: 0.8em 0 0.2em; color: var(--evidence-muted, #4a5468); }
.evidence-card ul, .evidence-card ol { margin: 0.2em 0; padding-left: 1.2em; }
.claim-statement { font-weight: 600; margin: 0 0 0.4em; }
.plain-language { margin: 0 0 0.5em; }
.evidence-facts { display: flex; flex-wrap: wrap; gap: 0.4em 1em; font-size: 0.9em; }
.certainty { font-weight: 600; }
.certainty-high, .certainty-moderate { color: var(--evidence-strong, #176b3a); }
.certainty-low { color: var(--evidence-warning, #8a4b00); }
.certainty-very_low { color: var(--evidence-weak, #a3262e); }
.study { display: flex; flex-direction: column; margin-bottom: 0.4em; }
.study-title { font-weight: 600; }
.study-facts, .study-comparison { color: var(--evidence-muted, #4a5468); font-size: 0.92em; }
.card-references li { list-style: none; margin-left: -1.2em; margin-bottom: 0.3em; font-size: 0.92em; overflow-wrap: anywhere; }
.evidence-card a { color: var(--evidence-link, #1a4fa0); }
.update-status { color: var(--evidence-weak, #a3262e); }
`;
