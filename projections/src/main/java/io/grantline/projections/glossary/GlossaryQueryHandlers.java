package io.grantline.projections.glossary;

import static io.grantline.projections.jooq.Tables.GLOSSARY_NODE;
import static io.grantline.projections.support.Timestamps.text;

import io.grantline.api.Page;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.api.glossary.GlossaryQueries.CountGlossaryNodes;
import io.grantline.api.glossary.GlossaryQueries.FindGlossaryNode;
import io.grantline.api.glossary.GlossaryQueries.FindLiveTerms;
import io.grantline.api.glossary.GlossaryQueries.FindTargetTermLinks;
import io.grantline.api.glossary.GlossaryQueries.FindTargetTerms;
import io.grantline.api.glossary.GlossaryQueries.FindTermLink;
import io.grantline.api.glossary.GlossaryQueries.GlossaryNodeView;
import io.grantline.api.glossary.GlossaryQueries.GlossaryStats;
import io.grantline.api.glossary.GlossaryQueries.ListGlossaries;
import io.grantline.api.glossary.GlossaryQueries.ListGlossaryNodes;
import io.grantline.api.glossary.GlossaryQueries.ListTermAssociations;
import io.grantline.api.glossary.GlossaryQueries.LiveTerms;
import io.grantline.api.glossary.GlossaryQueries.TargetTermLinks;
import io.grantline.api.glossary.GlossaryQueries.TargetTerms;
import io.grantline.api.glossary.GlossaryQueries.TermLinkView;
import io.grantline.projections.jooq.tables.records.GlossaryNodeRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The glossary queries, answered from glossary_node and glossary_term_link. */
@Component
public class GlossaryQueryHandlers {

    /**
     * A link with its approval and the label of what it links, whichever kind of item that is. An approval given
     * before the link was created was for an earlier link of the same pair (the term was taken off and named again).
     */
    private static final String LINKS = """
            select l.link_uri, l.term_uri, l.target_uri, l.target_type, l.owner, l.created, l.updated,
                   coalesce(a.approved and a.updated >= l.created, false) as approved,
                   coalesce(d.label, t.label, f.label, c.label) as target_label,
                   count(*) over () as total
            from glossary_term_link l
            join glossary_node n on n.node_uri = l.term_uri and n.deleted is null
            left join glossary_link_approval a on a.link_uri = l.link_uri
            left join dataset d on d.dataset_uri = l.target_uri
            left join dataset_table t on t.table_uri = l.target_uri
            left join dataset_storage_location f on f.location_uri = l.target_uri
            left join dataset_table_column c on c.column_uri = l.target_uri
            """;

    private final DSLContext db;

    public GlossaryQueryHandlers(DSLContext db) {
        this.db = db;
    }

    @QueryHandler
    GlossaryNodeView find(FindGlossaryNode query) {
        GlossaryNodeRecord node = db.selectFrom(GLOSSARY_NODE).where(GLOSSARY_NODE.NODE_URI.eq(query.nodeUri()))
                .fetchOne();
        return node == null ? null : view(node);
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    Page glossaries(ListGlossaries query) {
        Condition where = GLOSSARY_NODE.NODE_TYPE.eq(GlossaryNodeType.GLOSSARY.code())
                .and(GLOSSARY_NODE.DELETED.isNull()).and(matching(query.term()));
        return page(where, GLOSSARY_NODE.LABEL, query.page(), query.pageSize());
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    Page nodes(ListGlossaryNodes query) {
        Condition where = GLOSSARY_NODE.DELETED.isNull().and(matching(query.term()));
        if (query.underPath() != null) {
            Condition below = GLOSSARY_NODE.PATH.startsWith(query.underPath() + "/");
            where = where.and(query.includeNode() ? below.or(GLOSSARY_NODE.PATH.eq(query.underPath())) : below);
        }
        if (query.parentUri() != null) {
            where = where.and(GLOSSARY_NODE.PARENT_URI.eq(query.parentUri()));
        }
        if (query.nodeType() != null) {
            where = where.and(GLOSSARY_NODE.NODE_TYPE.eq(query.nodeType().code()));
        }
        return page(where, GLOSSARY_NODE.PATH, query.page(), query.pageSize());
    }

    @QueryHandler
    GlossaryStats stats(CountGlossaryNodes query) {
        Condition below = GLOSSARY_NODE.PATH.startsWith(query.path() + "/").and(GLOSSARY_NODE.DELETED.isNull());
        int categories = db.fetchCount(GLOSSARY_NODE, below.and(GLOSSARY_NODE.NODE_TYPE.eq("C")));
        int terms = db.fetchCount(GLOSSARY_NODE, below.and(GLOSSARY_NODE.NODE_TYPE.eq("T")));
        int associations = db.fetchOne("select count(*) from glossary_term_link l join glossary_node n "
                + "on n.node_uri = l.term_uri and n.deleted is null where n.path like ? || '/%'", query.path())
                .get(0, Integer.class);
        return new GlossaryStats(categories, terms, associations);
    }

    @QueryHandler
    TermLinkView link(FindTermLink query) {
        Record link = db.fetchOne(LINKS + " where l.link_uri = ?", query.linkUri());
        return link == null ? null : linkView(link);
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    Page associations(ListTermAssociations query) {
        List<Object> bindings = new ArrayList<>();
        StringBuilder sql = new StringBuilder(LINKS);
        if (query.termUri() != null) {
            sql.append(" where l.term_uri = ?");
            bindings.add(query.termUri());
        } else {
            sql.append(" where n.path like ? || '/%'");
            bindings.add(query.path());
        }
        if (query.term() != null && !query.term().isBlank()) {
            sql.append(" and (coalesce(d.label, t.label, f.label, c.label) ilike ? or l.target_type ilike ?)");
            bindings.add("%" + query.term() + "%");
            bindings.add("%" + query.term() + "%");
        }
        sql.append(" order by n.path, l.link_uri limit ? offset ?");
        bindings.add(query.pageSize());
        bindings.add(Page.offset(query.page(), query.pageSize()));
        List<Record> rows = db.fetch(sql.toString(), bindings.toArray());
        int total = rows.isEmpty() ? 0 : rows.get(0).get("total", Integer.class);
        return new Page<>(rows.stream().map(GlossaryQueryHandlers::linkView).toList(), total, query.page(),
                query.pageSize());
    }

    @QueryHandler
    TargetTerms targetTerms(FindTargetTerms query) {
        Map<String, List<GlossaryNodeView>> byTarget = new LinkedHashMap<>();
        query.targetUris().forEach(uri -> byTarget.put(uri, new ArrayList<>()));
        db.select(DSL.field("l.target_uri", String.class).as("target_uri"))
                .select(GLOSSARY_NODE.fields())
                .from(GLOSSARY_NODE)
                .join(DSL.table("glossary_term_link").as("l")).on(DSL.field("l.term_uri", String.class)
                        .eq(GLOSSARY_NODE.NODE_URI))
                .where(DSL.field("l.target_uri", String.class).in(query.targetUris())
                        .and(GLOSSARY_NODE.DELETED.isNull()))
                .orderBy(GLOSSARY_NODE.LABEL)
                .fetch()
                .forEach(row -> byTarget.get(row.get("target_uri", String.class))
                        .add(view(row.into(GLOSSARY_NODE))));
        return new TargetTerms(byTarget);
    }

    @QueryHandler
    TargetTermLinks targetLinks(FindTargetTermLinks query) {
        Map<String, List<TermLinkView>> byTarget = new HashMap<>();
        query.targetUris().forEach(uri -> byTarget.put(uri, new ArrayList<>()));
        db.fetch(LINKS + " where l.target_uri = any(cast(? as varchar[])) order by n.path",
                        (Object) query.targetUris().toArray(String[]::new))
                .forEach(row -> byTarget.get(row.get("target_uri", String.class)).add(linkView(row)));
        return new TargetTermLinks(byTarget);
    }

    @QueryHandler
    LiveTerms liveTerms(FindLiveTerms query) {
        return new LiveTerms(db.select(GLOSSARY_NODE.NODE_URI).from(GLOSSARY_NODE)
                .where(GLOSSARY_NODE.NODE_URI.in(query.nodeUris()).and(GLOSSARY_NODE.DELETED.isNull())
                        .and(GLOSSARY_NODE.NODE_TYPE.eq(GlossaryNodeType.TERM.code())))
                .fetch(GLOSSARY_NODE.NODE_URI));
    }

    private Page<GlossaryNodeView> page(Condition where, org.jooq.Field<?> order, int page, int pageSize) {
        int total = db.fetchCount(GLOSSARY_NODE, where);
        List<GlossaryNodeView> nodes = db.selectFrom(GLOSSARY_NODE).where(where).orderBy(order, GLOSSARY_NODE.NODE_URI)
                .limit(pageSize).offset(Page.offset(page, pageSize)).fetch(GlossaryQueryHandlers::view);
        return new Page<>(nodes, total, page, pageSize);
    }

    private static Condition matching(String term) {
        if (term == null || term.isBlank()) {
            return DSL.noCondition();
        }
        return GLOSSARY_NODE.LABEL.containsIgnoreCase(term).or(GLOSSARY_NODE.README.containsIgnoreCase(term));
    }

    private static GlossaryNodeView view(GlossaryNodeRecord node) {
        return new GlossaryNodeView(node.getNodeUri(), node.getGlossaryUri(), GlossaryNodeType.ofCode(node.getNodeType()),
                node.getParentUri(), node.getPath(), node.getLabel(), node.getReadme(), node.getStatus(),
                node.getOwner(), node.getAdmin(), text(node.getCreated()), text(node.getUpdated()),
                text(node.getDeleted()));
    }

    private static TermLinkView linkView(Record link) {
        return new TermLinkView(link.get("link_uri", String.class), link.get("term_uri", String.class),
                link.get("target_uri", String.class), link.get("target_type", String.class),
                link.get("target_label", String.class), link.get("owner", String.class), true,
                link.get("approved", Boolean.class), text(link.get("created", OffsetDateTime.class)),
                text(link.get("updated", OffsetDateTime.class)));
    }
}
