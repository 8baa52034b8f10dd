package org.evidenceapi.article;

import java.util.List;
import org.evidenceapi.author.AuthorRef;
import org.evidenceapi.topic.TopicRef;

/** What an article's list item names besides its own fields, each in the article's order. */
record ArticleLinks(List<String> labels, List<AuthorRef> authors, List<TopicRef> topics) {
}
