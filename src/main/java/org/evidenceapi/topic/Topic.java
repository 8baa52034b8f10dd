package org.evidenceapi.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.evidenceapi.common.persistence.ContentEntity;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Topic extends ContentEntity {
    @Column(nullable = false, unique = true, length = 120)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 2000)
    public String description;
}
