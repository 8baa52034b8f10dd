package org.evidenceapi.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "section_block")
public class StoredBlock extends PanacheEntityBase {
    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    public StoredSection section;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public BlockType type;

    @Column(length = 20000)
    public String text;

    @Column(length = 2000)
    public String caption;

    @Column(name = "alt_text", length = 1000)
    public String altText;

    @Column(name = "image_url", length = 2000)
    public String imageUrl;

    @Column(length = 300)
    public String attribution;

    @ElementCollection
    @CollectionTable(name = "block_item", joinColumns = @JoinColumn(name = "block_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "item", nullable = false, length = 2000)
    public List<String> items = new ArrayList<>();
}
