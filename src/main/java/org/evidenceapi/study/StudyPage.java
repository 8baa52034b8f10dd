package org.evidenceapi.study;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record StudyPage(List<StudyView> items, PageInfo page) implements Paged {
}
