package io.grantline.projections.dataset;

import io.grantline.api.Page;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

/** Listing pages whose total is counted by the page query itself (a window count), not by a second query. */
public final class Pages {

    /** Add to the page query's fields: every row carries how many rows match without the limit. */
    public static final Field<Integer> TOTAL = DSL.count().over().as("total");

    private Pages() {
    }

    /** countAgain runs only when the page is past the last row, which then carries no total. */
    public static <R extends Record, T> Page<T> of(Result<R> rows, Function<R, T> view, int page, int pageSize,
                                            IntSupplier countAgain) {
        List<T> nodes = rows.map(view::apply);
        int count;
        if (!rows.isEmpty()) {
            count = rows.get(0).get(TOTAL);
        } else {
            count = page > 1 ? countAgain.getAsInt() : 0;
        }
        return new Page<>(nodes, count, page, pageSize);
    }
}
