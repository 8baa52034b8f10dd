// What a third party does with the typescript-fetch client generated from openapi/openapi.yaml, against a running
// service: every call goes through the generated client, none is hand-written HTTP. Exits 1 at the first thing
// that does not hold. EVIDENCE_API_URL is the service's base URL, EVIDENCE_API_TOKEN an editor's JWT.
import {
    ArticleInclude, ArticleStatus, ArticlesApi, BibliographyFormat, Configuration, Level, ResponseError,
} from '../target/generated-sources/typescript-client';

const DEMO = 'health-benefits-of-acupuncture-part-1';

function check(condition: unknown, what: string): asserts condition {
    if (!condition) {
        throw new Error(what);
    }
}

function env(name: string): string {
    const value = process.env[name];
    check(value !== undefined, `the environment variable ${name} is missing`);
    return value;
}

/** The status of the ResponseError the call fails with; fails when the call succeeds. */
async function failureStatus(call: () => Promise<unknown>): Promise<number> {
    try {
        await call();
    } catch (e) {
        check(e instanceof ResponseError, `expected a ResponseError, got ${e}`);
        check(e.response.headers.get('Content-Type')?.startsWith('application/problem+json'),
            `a ${e.response.status} without a problem+json body`);
        return e.response.status;
    }
    throw new Error('the call succeeded, but should have failed');
}

/** The @type of a JSON-LD document. */
function type(linkedData: object): unknown {
    return (linkedData as Record<string, unknown>)['@type'];
}

async function listAllArticles(api: ArticlesApi): Promise<string[]> {
    const slugs: string[] = [];
    let cursor: string | undefined;
    do {
        const page = await api.listArticles({ limit: 1, cursor });
        // items, slug and page are required in the contract: typed as always there, no ?? or ! needed
        slugs.push(...page.items.map((article) => article.slug));
        cursor = page.page.nextCursor;
    } while (cursor);
    return slugs;
}

async function listAllReferenceNumbers(api: ArticlesApi, idOrSlug: string): Promise<number[]> {
    const numbers: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
        const page = await api.listArticleReferences({ idOrSlug, limit: 5, cursor });
        numbers.push(...page.items.map((cited) => cited.number));
        cursor = page.page.nextCursor;
        pages++;
    } while (cursor);
    check(pages > 1, `the bibliography of ${idOrSlug} fits one page of 5; the cursor was never followed`);
    return numbers;
}

async function main(): Promise<void> {
    const basePath = env('EVIDENCE_API_URL');
    const reader = new ArticlesApi(new Configuration({ basePath }));
    const editor = new ArticlesApi(new Configuration({ basePath, accessToken: env('EVIDENCE_API_TOKEN') }));

    const numbers = await listAllReferenceNumbers(reader, DEMO);
    check(numbers.every((n, i) => n === i + 1), `the bibliography is not numbered 1..n across pages: ${numbers}`);

    const expanded = await reader.getArticle({
        idOrSlug: DEMO, include: [ArticleInclude.Claims, ArticleInclude.Studies, ArticleInclude.References],
    });
    check((expanded.claims ?? []).length > 0, 'the expanded article has no claims');
    check((expanded.studies ?? []).length > 0, 'the expanded article has no studies');
    check((expanded.references ?? []).length === numbers.length, 'the expanded article has another bibliography');
    check(expanded.authors.length > 0 && expanded.topics.length > 0, 'the article has no authors or topics');

    const slug = `typescript-client-smoke-${Date.now()}`;
    const created = await editor.createArticle({
        articleInput: {
            slug, title: 'Written by the generated TypeScript client', level: Level.Beginner,
            status: ArticleStatus.Draft,
            sections: [{ blocks: [{ type: 'PARAGRAPH', text: 'A draft only editors see.' }] }],
        },
    });
    check(created.status === ArticleStatus.Draft, `a new article is ${created.status}, not a DRAFT`);
    const slugs = await listAllArticles(editor);
    check(slugs.includes(DEMO) && slugs.includes(slug), `the editor's article list lacks ${DEMO} or ${slug}: ${slugs}`);
    check(new Set(slugs).size === slugs.length, `following the cursors repeats articles: ${slugs}`);
    check(!(await listAllArticles(reader)).includes(slug), 'the anonymous article list shows the draft');
    const draft = await editor.getArticleRaw({ idOrSlug: slug });
    check((await draft.value()).slug === slug, 'the editor reads back another article');
    check(await failureStatus(() => reader.getArticle({ idOrSlug: slug })) === 404, 'an anonymous reader sees the draft');
    check(type(await editor.getArticleLinkedData({ idOrSlug: slug })) === 'MedicalScholarlyArticle',
        'the editor\'s linked data of the draft is no MedicalScholarlyArticle');
    check(await failureStatus(() => reader.getArticleLinkedData({ idOrSlug: slug })) === 404,
        'an anonymous reader sees the draft\'s linked data');

    const etag = draft.raw.headers.get('ETag');
    check(etag, 'the draft was read without an ETag');
    const patched = await editor.patchArticle({ idOrSlug: slug, ifMatch: etag, body: { subtitle: 'Patched with If-Match' } });
    check(patched.subtitle === 'Patched with If-Match', `the PATCH left the subtitle ${patched.subtitle}`);
    const stale = await failureStatus(() => editor.patchArticle({ idOrSlug: slug, ifMatch: etag, body: { subtitle: 'Lost' } }));
    check(stale === 412, `a PATCH with the stale ETag answered ${stale}, not 412`);

    const bibtex = await (await reader.exportArticleBibliography({ idOrSlug: DEMO, format: BibliographyFormat.Bibtex })).text();
    check(bibtex.startsWith('@'), `the bibliography is not BibTeX: ${bibtex.slice(0, 80)}`);
    const entries = (bibtex.match(/^@/gm) ?? []).length;
    const papers = new Set((expanded.references ?? []).map((cited) => cited.reference.id)).size;
    check(entries === papers, `the BibTeX bibliography has ${entries} entries for ${papers} papers`);
    const linked = await reader.getArticleLinkedData({ idOrSlug: DEMO });
    check(type(linked) === 'MedicalScholarlyArticle', `the linked data of ${DEMO} is no MedicalScholarlyArticle`);

    console.log(`TypeScript client: ${slugs.length} articles over as many pages of 1, ${numbers.length} references `
        + `over cursors, expanded read, draft ${slug} created, read with a token (also as linked data) and hidden `
        + `from readers, PATCH with If-Match, 412 on the stale ETag, BibTeX bibliography of ${entries} entries, JSON-LD`);
}

main().catch((e: unknown) => {
    console.error(`TypeScript client smoke test FAILED: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
});
