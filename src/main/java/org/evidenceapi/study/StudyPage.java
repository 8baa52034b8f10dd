package org.evidenceapi.study;

import java.util.List;
import org.evidenceapi.common.PageInfo;
import org.evidenceapi.common.Paged;

public record StudyPage(List<StudyView> items, PageInfo page) implements Paged {
}
