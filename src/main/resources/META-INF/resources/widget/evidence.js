// The embeddable evidence widget: <evidence-claim claim-id="…"> and <evidence-article slug="…">, loaded with
//   <script type="module" src="https://this-service/widget/evidence.js"></script>
// Each renders in its own shadow root from the API that served this script (CORS admits configured origins only),
// styled by CSS custom properties a host page sets: --evidence-font, --evidence-text, --evidence-background,
// --evidence-accent, --evidence-border, --evidence-radius, --evidence-muted, --evidence-link, --evidence-strong,
// --evidence-warning, --evidence-weak.
import {
  INCLUDE, el, getJson, bibliographyOf, formatBibliography, evidenceCard, CARD_CSS,
} from '../reader/evidence.js';

const BASE = new URL('/', import.meta.url);
const HOST_CSS = `:host { display: block; } .widget-error { font: var(--evidence-font, 14px system-ui, sans-serif);
  color: var(--evidence-weak, #a3262e); } .source { font-size: 0.8em; color: var(--evidence-muted, #4a5468); }`;

/** Expanded articles by path, shared by every element of the page: one request per article. */
const articles = new Map();
function expanded(idOrSlug) {
  const path = `/api/v1/articles/${encodeURIComponent(idOrSlug)}?${INCLUDE}`;
  if (!articles.has(path)) articles.set(path, getJson(BASE, path));
  return articles.get(path);
}

class EvidenceElement extends HTMLElement {
  static get observedAttributes() { return ['claim-id', 'slug', 'limit', 'citation-style']; }

  connectedCallback() {
    this.update();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.update();
  }

  /** Renders once the element names what to show; a page may set the attribute later. */
  update() {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
    if (!this.getAttribute(this.constructor.key)) return;
    this.render().catch((error) => this.show(el('p', { class: 'widget-error', role: 'alert' },
      `Evidence unavailable: ${error.message}`)));
  }

  async cards(article, claims) {
    const bibliography = bibliographyOf(article);
    await formatBibliography(BASE, bibliography, this.getAttribute('citation-style') || 'apa');
    return claims.map((claim) => evidenceCard(claim, article, bibliography));
  }

  source(article) {
    return el('p', { class: 'source' }, 'From ', el('a', { href: new URL(`/read/${article.slug}`, BASE).href }, article.title));
  }

  show(...nodes) {
    this.shadowRoot.replaceChildren(el('style', null, CARD_CSS + HOST_CSS), ...nodes);
    this.setAttribute('data-rendered', 'true');
  }
}

/** One claim's evidence card. */
class EvidenceClaim extends EvidenceElement {
  static key = 'claim-id';

  async render() {
    const id = this.getAttribute('claim-id');
    const claim = await getJson(BASE, `/api/v1/claims/${encodeURIComponent(id)}`);
    const article = await expanded(claim.articleId);
    const full = (article.claims || []).find((c) => c.id === claim.id) || claim;
    this.show(...await this.cards(article, [full]), this.source(article));
  }
}

/** Every claim of an article with its evidence card; limit="n" shows the first n. */
class EvidenceArticle extends EvidenceElement {
  static key = 'slug';

  async render() {
    const article = await expanded(this.getAttribute('slug'));
    const limit = parseInt(this.getAttribute('limit') || '0', 10);
    const claims = limit > 0 ? (article.claims || []).slice(0, limit) : (article.claims || []);
    this.show(el('h3', null, article.title), ...await this.cards(article, claims), this.source(article));
  }
}

if (!customElements.get('evidence-claim')) customElements.define('evidence-claim', EvidenceClaim);
if (!customElements.get('evidence-article')) customElements.define('evidence-article', EvidenceArticle);
